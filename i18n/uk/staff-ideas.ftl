# The ideas store (Ideenspeicher) and the call list in the staff app.

ideas-ui-work-nav = Ідеї
ideas-ui-work-title = Ідеї: робоча група
ideas-ui-work-intro = Усі ідеї за станом. Нова ідея спочатку надходить на розгляд. Потім робоча група вирішує: пілотний проєкт, зберегти в банку ідей на майбутнє, об’єднати з іншою ідеєю або не розвивати далі. Обґрунтування публічно видно біля ідеї: пишіть його простими словами.
ideas-ui-work-empty = Немає ідей у цьому стані.
ideas-ui-office-more = Ідеї та дзвінки
ideas-ui-start-assessment = Взяти на розгляд
ideas-ui-assessment-started = Ідея «{ $name }» тепер на розгляді.
ideas-ui-decide = Вирішити
ideas-ui-decide-title = Яке рішення ухвалює робоча група?
ideas-ui-decide-legend = Рішення
ideas-ui-decide-pilot = Вибрати як пілотний проєкт
ideas-ui-decide-kept = Зберегти в банку ідей на майбутнє
ideas-ui-decide-merged = Об’єднати з іншою ідеєю
ideas-ui-decide-not-pursued = Не розвивати далі
ideas-ui-into-label = З якою ідеєю?
ideas-ui-into-choose = Будь ласка, виберіть ідею
ideas-ui-reason-label = Обґрунтування
ideas-ui-reason-hint = Простими словами, кількома реченнями. Усі можуть прочитати обґрунтування біля ідеї.
ideas-ui-decide-submit = Зберегти рішення
ideas-ui-decided = Рішення щодо ідеї «{ $name }» збережено.

calls-ui-nav = Список дзвінків
calls-ui-title = Список дзвінків
calls-ui-intro = Ці люди вказали не адресу електронної пошти, а номер телефону. Зателефонуйте їм і передайте повідомлення їхньою мовою. Потім позначте, як пройшов дзвінок.
calls-ui-count = { $count ->
    [0] Дзвінків немає
    [one] { $count } дзвінок
    [few] { $count } дзвінки
   *[other] { $count } дзвінків
}
calls-ui-none = Зараз нікому не потрібно телефонувати.
calls-ui-dial = зателефонувати
calls-ui-about = Про що йдеться
calls-ui-kind-session-reminder = Нагадування про курс
calls-ui-kind-booking-promoted = Звільнилося місце зі списку очікування
calls-ui-kind-session-rescheduled = Курс має новий час
calls-ui-kind-session-cancelled = Курс скасовано
calls-ui-kind-interest-matched = Новий курс за побажанням
calls-ui-session = Курс
calls-ui-language = Мова
calls-ui-code = Код запису
calls-ui-attempts-label = Досі
calls-ui-attempts = { $count ->
    [one] { $count } безуспішний дзвінок
    [few] { $count } безуспішні дзвінки
   *[other] { $count } безуспішних дзвінків
}
calls-ui-script = Що сказати
calls-ui-result-label = Як пройшов дзвінок: { $name }?
calls-ui-reached = Додзвонилися
calls-ui-not-reached = Не додзвонилися
calls-ui-left-message = Залишили повідомлення
calls-ui-recorded-reached = Записано: { $name } — додзвонилися.
calls-ui-recorded-not-reached = Записано: { $name } — не додзвонилися. Картка залишається в списку. Спробуйте пізніше ще раз.
calls-ui-recorded-left-message = Записано: для { $name } залишено повідомлення.
