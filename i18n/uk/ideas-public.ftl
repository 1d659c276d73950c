# The ideas store (Ideenspeicher) as everyone sees it: in the residents' ideas pages and the staff app.

ideas-ui-nav = Банк ідей
ideas-ui-title = Банк ідей
ideas-ui-intro = Тут місто збирає ідеї для цифрового Нордерштедта. Кожен може запропонувати ідею або підтримати її. Робоча група розглядає кожну ідею і записує, яке рішення ухвалила.
ideas-ui-submit-link = Запропонувати ідею
ideas-ui-filter-label = Показати ідеї за напрямом
ideas-ui-filter-all = Усі напрями
ideas-ui-state-filter-label = Показати ідеї за станом
ideas-ui-filter-all-states = Усі стани
ideas-ui-history = Шлях ідеї
ideas-ui-wall-link = Усі ідеї для друку (стіна ідей)
ideas-ui-wall-title = Стіна ідей
ideas-ui-wall-intro = Усі ідеї за напрямами та станом. Для друку у форматі A3, наприклад для ратуші та бібліотеки.
ideas-ui-wall-print = Надрукувати стіну ідей
ideas-ui-wall-qr = За цим кодом Ви потрапите до банку ідей в інтернеті.
ideas-ui-count = { $count ->
    [0] Ідей немає
    [one] { $count } ідея
    [few] { $count } ідеї
   *[other] { $count } ідей
}
ideas-ui-none = У цьому напрямі ще немає ідей.
ideas-ui-state = Стан
ideas-ui-field = Напрям
ideas-ui-source = Як подано
ideas-ui-source-online = через інтернет
ideas-ui-source-paper = на картці ідей
ideas-ui-source-ambassador = через посла
ideas-ui-source-note = Ідею буде збережено так: подано { $source }.
ideas-ui-reason = Обґрунтування робочої групи
ideas-ui-merged-into = Об’єднано з ідеєю
ideas-ui-supporters = { $count ->
    [0] Цю ідею ще ніхто не підтримує.
    [one] { $count } людина підтримує цю ідею.
    [few] { $count } людини підтримують цю ідею.
   *[other] { $count } людей підтримують цю ідею.
}
ideas-ui-support = Підтримати цю ідею
ideas-ui-supported = Ви підтримуєте цю ідею.
ideas-ui-support-thanks = Дякуємо! Тепер ви підтримуєте ідею «{ $name }».
ideas-ui-support-title = Підтримати ідею
ideas-ui-support-code-label = Ваш код запису
ideas-ui-support-code-hint = Він є у вашому записі на курс, наприклад K7P-4QM. З одним кодом запису можна підтримати кожну ідею один раз.
ideas-ui-support-code-error = Будь ласка, введіть код запису так, як він указаний у вашому записі, наприклад K7P-4QM.
ideas-ui-support-submit = Підтримати ідею

ideas-ui-caption = Запропонувати ідею
ideas-ui-caption-paper = Ввести ідею з картки ідей
ideas-ui-what-title = У чому ваша ідея?
ideas-ui-what-label = Ідея
ideas-ui-what-hint = Опишіть ідею своїми словами. Достатньо кількох речень.
ideas-ui-for-whom-title = Для кого ця ідея?
ideas-ui-for-whom-label = Для кого
ideas-ui-for-whom-hint = Наприклад: для літніх людей, для сімей, для всіх.
ideas-ui-where-title = Де в місті це має бути?
ideas-ui-where-label = Де в місті
ideas-ui-where-hint = Наприклад: у міському парку, у Гарштедті, у всьому місті.
ideas-ui-field-title = До якого напряму належить ідея?
ideas-ui-field-hint = Місто відносить кожну ідею до одного з чотирьох напрямів. Виберіть той, що підходить найкраще. Робоча група може його змінити.
ideas-ui-field-living-hint = Щоденне життя вдома і по сусідству: житло, здоров’я, пересування містом і послуги міста.
ideas-ui-field-experiencing-hint = Вільний час: культура, спорт, природа, покупки і прогулянки містом.
ideas-ui-field-working-hint = Робота і навчання: підприємства, крамниці, професійне навчання і підвищення кваліфікації в Нордерштедті.
ideas-ui-field-working-with-hint = Участь: робити щось разом з міською адміністрацією, політикою та об’єднаннями.
ideas-ui-contact-title = Чи можемо ми запитати вас про вашу ідею?
ideas-ui-contact-hint = Це добровільно. Без контактів ваша ідея так само потрапить до банку ідей.
ideas-ui-contact-none = Ні, без контакту
ideas-ui-contact-phone = Так, телефоном
ideas-ui-contact-email = Так, електронною поштою
ideas-ui-contact-phone-label = Номер телефону
ideas-ui-contact-email-label = Адреса електронної пошти
ideas-ui-consent = Якщо ви вкажете контакт, ви погоджуєтеся, що робоча група може зателефонувати або написати вам щодо цієї ідеї. Ваш контакт ніколи не показується публічно. Ви можете будь-коли попросити його видалити.
ideas-ui-check-title = Перевірте ваші відповіді
ideas-ui-check-note = Коли ви надішлете ідею, ми покажемо її всім у банку ідей: що, для кого, де і напрям. Ваш контакт ми не показуємо.
ideas-ui-change = Змінити
ideas-ui-contact-row = Контакт
ideas-ui-no-contact = Без контакту
ideas-ui-send = Надіслати ідею
ideas-ui-done-title = Дякуємо за вашу ідею!
ideas-ui-done-text = Ідея тепер у банку ідей. Інші можуть її підтримати. Робоча група розгляне її і запише своє рішення.
ideas-ui-done-list = До банку ідей
ideas-ui-done-another = Ввести ще одну ідею
ideas-ui-login-title = Маєте ідею для Нордерштедта?
ideas-ui-login-text = У банку ідей кожен може пропонувати і підтримувати ідеї – без входу в систему.
ideas-ui-login-link = До банку ідей
ideas-ui-paper-link = Ввести ідеї з карток
ideas-ui-public-link = Переглянути банк ідей

audit-action-living = Жити в Нордерштедті
audit-action-experiencing = Відкривати Нордерштедт
audit-action-working = Працювати в Нордерштедті
audit-action-working-with = Працювати разом із Нордерштедтом
audit-state-submitted = Подано
audit-state-assessing = На розгляді
audit-state-pilot = Пілотний проєкт
audit-state-kept = Збережено на майбутнє
audit-state-merged = Об’єднано
audit-state-not-pursued = Не реалізується
field-error-empty = Будь ласка, заповніть це поле.
field-error-too-long = Текст задовгий. Будь ласка, скоротіть його.
field-error-invalid = Тут є знаки, які ми не можемо зберегти.
field-error-choose = Будь ласка, виберіть щось.
