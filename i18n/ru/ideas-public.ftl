# The ideas store (Ideenspeicher) as everyone sees it: in the residents' ideas pages and the staff app.

ideas-ui-nav = Банк идей
ideas-ui-title = Банк идей
ideas-ui-intro = Здесь город собирает идеи для цифрового Нордерштедта. Каждый может предложить идею или поддержать её. Рабочая группа рассматривает каждую идею и записывает, какое решение она приняла.
ideas-ui-submit-link = Предложить идею
ideas-ui-filter-label = Показать идеи по направлению
ideas-ui-filter-all = Все направления
ideas-ui-state-filter-label = Показать идеи по статусу
ideas-ui-filter-all-states = Все статусы
ideas-ui-history = Путь идеи
ideas-ui-wall-link = Все идеи для печати (стена идей)
ideas-ui-wall-title = Стена идей
ideas-ui-wall-intro = Все идеи по направлениям и статусу. Для печати в формате A3, например для ратуши и библиотеки.
ideas-ui-wall-print = Распечатать стену идей
ideas-ui-wall-qr = С помощью этого кода Вы попадёте в банк идей в интернете.
ideas-ui-count = { $count ->
    [0] Идей нет
    [one] { $count } идея
    [few] { $count } идеи
   *[other] { $count } идей
}
ideas-ui-none = В этом направлении пока нет идей.
ideas-ui-state = Статус
ideas-ui-field = Направление
ideas-ui-source = Как подана
ideas-ui-source-online = через интернет
ideas-ui-source-paper = на карточке идей
ideas-ui-source-ambassador = через посла
ideas-ui-source-note = Идея будет сохранена так: подана { $source }.
ideas-ui-reason = Обоснование рабочей группы
ideas-ui-merged-into = Объединена с идеей
ideas-ui-supporters = { $count ->
    [0] Эту идею пока никто не поддерживает.
    [one] { $count } человек поддерживает эту идею.
    [few] { $count } человека поддерживают эту идею.
   *[other] { $count } человек поддерживают эту идею.
}
ideas-ui-support = Поддержать эту идею
ideas-ui-supported = Вы поддерживаете эту идею.
ideas-ui-support-thanks = Спасибо! Теперь вы поддерживаете идею «{ $name }».
ideas-ui-support-title = Поддержать идею
ideas-ui-support-code-label = Ваш код записи
ideas-ui-support-code-hint = Он указан в вашей записи на курс, например K7P-4QM. С одним кодом записи можно поддержать каждую идею один раз.
ideas-ui-support-code-error = Пожалуйста, введите код записи так, как он указан в вашей записи, например K7P-4QM.
ideas-ui-support-submit = Поддержать идею

ideas-ui-caption = Предложить идею
ideas-ui-caption-paper = Ввести идею с карточки идей
ideas-ui-what-title = В чём ваша идея?
ideas-ui-what-label = Идея
ideas-ui-what-hint = Опишите идею своими словами. Достаточно нескольких предложений.
ideas-ui-for-whom-title = Для кого эта идея?
ideas-ui-for-whom-label = Для кого
ideas-ui-for-whom-hint = Например: для пожилых людей, для семей, для всех.
ideas-ui-where-title = Где в городе это должно быть?
ideas-ui-where-label = Где в городе
ideas-ui-where-hint = Например: в городском парке, в Гарштедте, во всём городе.
ideas-ui-field-title = К какому направлению относится идея?
ideas-ui-field-hint = Город относит каждую идею к одному из четырёх направлений. Выберите то, которое подходит лучше всего. Рабочая группа может его изменить.
ideas-ui-field-living-hint = Повседневная жизнь дома и по соседству: жильё, здоровье, дороги по городу и услуги города.
ideas-ui-field-experiencing-hint = Свободное время: культура, спорт, природа, покупки и прогулки по городу.
ideas-ui-field-working-hint = Работа и учёба: предприятия, магазины, профобучение и повышение квалификации в Нордерштедте.
ideas-ui-field-working-with-hint = Участие: делать что-то вместе с администрацией города, политикой и объединениями.
ideas-ui-contact-title = Можно ли задать вам вопросы о вашей идее?
ideas-ui-contact-hint = Это добровольно. Без контактов ваша идея тоже попадёт в банк идей.
ideas-ui-contact-none = Нет, без контакта
ideas-ui-contact-phone = Да, по телефону
ideas-ui-contact-email = Да, по электронной почте
ideas-ui-contact-phone-label = Номер телефона
ideas-ui-contact-email-label = Адрес электронной почты
ideas-ui-consent = Если вы укажете контакт, вы согласны, что рабочая группа может позвонить или написать вам по поводу этой идеи. Ваш контакт никогда не показывается публично. Вы можете в любое время попросить его удалить.
ideas-ui-check-title = Проверьте ваши ответы
ideas-ui-check-note = Когда вы отправите идею, мы покажем её всем в банке идей: что, для кого, где и направление. Ваш контакт мы не показываем.
ideas-ui-change = Изменить
ideas-ui-contact-row = Контакт
ideas-ui-no-contact = Без контакта
ideas-ui-send = Отправить идею
ideas-ui-done-title = Спасибо за вашу идею!
ideas-ui-done-text = Идея теперь в банке идей. Другие могут её поддержать. Рабочая группа рассмотрит её и запишет своё решение.
ideas-ui-done-list = В банк идей
ideas-ui-done-another = Ввести ещё одну идею
ideas-ui-login-title = Есть идея для Нордерштедта?
ideas-ui-login-text = В банке идей каждый может предлагать и поддерживать идеи – без входа в систему.
ideas-ui-login-link = В банк идей
ideas-ui-paper-link = Ввести идеи с карточек
ideas-ui-public-link = Открыть банк идей

audit-action-living = Жить в Нордерштедте
audit-action-experiencing = Открывать Нордерштедт
audit-action-working = Работать в Нордерштедте
audit-action-working-with = Работать вместе с Нордерштедтом
audit-state-submitted = Подана
audit-state-assessing = На рассмотрении
audit-state-pilot = Пилотный проект
audit-state-kept = Сохранена на будущее
audit-state-merged = Объединена
audit-state-not-pursued = Не реализуется
field-error-empty = Пожалуйста, заполните это поле.
field-error-too-long = Текст слишком длинный. Пожалуйста, сократите его.
field-error-invalid = Здесь есть знаки, которые мы не можем сохранить.
field-error-choose = Пожалуйста, выберите что-нибудь.
