# The ideas store (Ideenspeicher) and the call list in the staff app.

ideas-ui-work-nav = Идеи
ideas-ui-work-title = Идеи: рабочая группа
ideas-ui-work-intro = Все идеи по статусу. Новая идея сначала поступает на рассмотрение. Затем рабочая группа решает: пилотный проект, сохранить в банке идей на будущее, объединить с другой идеей или не развивать дальше. Обоснование публично видно у идеи: пишите его простыми словами.
ideas-ui-work-empty = Нет идей с этим статусом.
ideas-ui-office-more = Идеи и звонки
ideas-ui-start-assessment = Взять на рассмотрение
ideas-ui-assessment-started = Идея «{ $name }» теперь на рассмотрении.
ideas-ui-decide = Решить
ideas-ui-decide-title = Какое решение принимает рабочая группа?
ideas-ui-decide-legend = Решение
ideas-ui-decide-pilot = Выбрать как пилотный проект
ideas-ui-decide-kept = Сохранить в банке идей на будущее
ideas-ui-decide-merged = Объединить с другой идеей
ideas-ui-decide-not-pursued = Не развивать дальше
ideas-ui-into-label = С какой идеей?
ideas-ui-into-choose = Пожалуйста, выберите идею
ideas-ui-reason-label = Обоснование
ideas-ui-reason-hint = Простыми словами, в нескольких предложениях. Все могут прочитать обоснование у идеи.
ideas-ui-decide-submit = Сохранить решение
ideas-ui-decided = Решение по идее «{ $name }» сохранено.

calls-ui-nav = Список звонков
calls-ui-title = Список звонков
calls-ui-intro = Эти люди указали не адрес электронной почты, а номер телефона. Позвоните им и передайте сообщение на их языке. Затем отметьте, как прошёл звонок.
calls-ui-count = { $count ->
    [0] Звонков нет
    [one] { $count } звонок
    [few] { $count } звонка
   *[other] { $count } звонков
}
calls-ui-none = Сейчас никому не нужно звонить.
calls-ui-dial = позвонить
calls-ui-about = О чём речь
calls-ui-kind-session-reminder = Напоминание о курсе
calls-ui-kind-booking-promoted = Освободилось место из списка ожидания
calls-ui-kind-session-rescheduled = У курса новое время
calls-ui-kind-session-cancelled = Курс отменён
calls-ui-kind-interest-matched = Новый курс по пожеланию
calls-ui-session = Курс
calls-ui-language = Язык
calls-ui-code = Код записи
calls-ui-attempts-label = До сих пор
calls-ui-attempts = { $count ->
    [one] { $count } безуспешный звонок
    [few] { $count } безуспешных звонка
   *[other] { $count } безуспешных звонков
}
calls-ui-script = Что сказать
calls-ui-result-label = Как прошёл звонок: { $name }?
calls-ui-reached = Дозвонились
calls-ui-not-reached = Не дозвонились
calls-ui-left-message = Оставили сообщение
calls-ui-recorded-reached = Записано: { $name } — дозвонились.
calls-ui-recorded-not-reached = Записано: { $name } — не дозвонились. Карточка остаётся в списке. Попробуйте позже ещё раз.
calls-ui-recorded-left-message = Записано: для { $name } оставлено сообщение.
