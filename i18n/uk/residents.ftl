# Сторінки для мешканців: початок, курси, запис, бронювання.
start-title = Ласкаво просимо до Teilhabe
start-intro = Тут Ви знайдете безкоштовні курси про смартфон, інтернет і комп’ютер. Курси відбуваються поруч із Вами. Попередні знання не потрібні.
start-choose = Що Ви хочете зробити?
start-find = Знайти курс
start-find-hint = Переглянути всі курси і записатися
start-booking = Мій запис
start-booking-hint = Переглянути або скасувати запис за Вашим кодом
start-help = Допомога телефоном або особисто
start-help-hint = Ми охоче допоможемо Вам особисто

topic-smartphone-basics = Смартфон: перші кроки
topic-video-calls = Відеодзвінки з родиною
topic-online-banking = Безпечний онлайн-банкінг
topic-town-hall-online = Ратуша в інтернеті
topic-photos = Фотографії на смартфоні
topic-spotting-scams = Як розпізнати шахрайство в інтернеті

finder-title = Знайти курс
finder-intro = Усі курси безкоштовні. Виберіть курс.
finder-empty = Зараз курсів немає. Зазирніть пізніше або зателефонуйте нам.

finder-filter-hint = Виберіть, що Вас цікавить. Можна натиснути кілька кнопок.
finder-filter-topic = Тема
finder-filter-district = Район
finder-filter-day = День тижня
finder-filter-reset = Показати всі курси
finder-count = { $count ->
    [0] Жоден курс не підходить.
    [one] Знайдено { $count } курс.
    [few] Знайдено { $count } курси.
    [many] Знайдено { $count } курсів.
   *[other] Знайдено { $count } курсу.
}
finder-no-match = Жоден курс не відповідає Вашому вибору. Натисніть «Показати всі курси» або виберіть щось інше.

session-when = Коли
session-where = Де
session-seats = Місця
session-seats-left = { $count ->
    [0] Вільних місць немає
    [one] { $count } вільне місце
    [few] { $count } вільні місця
    [many] { $count } вільних місць
   *[other] { $count } вільного місця
}
session-full-note = Цей курс заповнений. Ви можете записатися до списку очікування. Якщо місце звільниться, Ви отримаєте його автоматично.
session-register = Записатися
session-waitlist = Записатися до списку очікування

register-name-title = Як Вас звати?
register-name-hint = Ім’я та прізвище
register-name-error-empty = Будь ласка, напишіть Ваше ім’я.
register-name-error-too-long = Ім’я задовге. Будь ласка, скоротіть його до 100 знаків.
register-name-error-invalid = В імені є знаки, які ми не можемо зберегти.
register-contact-title = Як з Вами зв’язатися?
register-contact-hint = На випадок, якщо в курсі щось зміниться.
register-contact-phone = Телефоном
register-contact-email = Електронною поштою
register-contact-none = Не потрібно, я просто прийду
register-contact-error-choose = Будь ласка, виберіть, як з Вами зв’язатися.
register-phone-label = Ваш номер телефону
register-phone-error-empty = Будь ласка, напишіть Ваш номер телефону.
register-phone-error-invalid = Будь ласка, напишіть номер телефону лише цифрами, наприклад 040 123456.
register-email-label = Ваша адреса електронної пошти
register-email-error-empty = Будь ласка, напишіть Вашу адресу електронної пошти.
register-email-error-invalid = Будь ласка, напишіть адресу електронної пошти так: name@beispiel.de
register-check-title = Будь ласка, перевірте Ваші дані
register-check-course = Курс
register-check-name = Ім’я
register-check-contact = Зв’язок
register-check-change = Змінити
register-check-submit = Записатися остаточно
register-check-submitting = Надсилання …

confirm-title-confirmed = Вас записано
confirm-title-waitlisted = Ви у списку очікування
confirm-waitlist-position = Ваш номер у списку очікування: { $position }. Якщо місце звільниться, Ви отримаєте його автоматично.
confirm-code-label = Ваш код запису
confirm-code-note = Будь ласка, запишіть цей код. З ним Ви можете переглянути або скасувати Ваш запис.
confirm-to-booking = Переглянути мій запис
confirm-print = Надрукувати підтвердження
confirm-print-help = Маєте запитання? Зателефонуйте нам: { $phone }
confirm-calendar = Додати до календаря
confirm-calendar-description = Ваш код запису: { $code }. Запитання за телефоном: { $phone }

booking-title = Мій запис
booking-code-label = Ваш код запису
booking-code-hint = Код указано в підтвердженні запису, наприклад K7P-4WM.
booking-code-error-empty = Будь ласка, напишіть Ваш код запису.
booking-code-error-invalid = Код запису складається з 6 знаків, наприклад K7P-4WM.
booking-find = Показати запис
booking-status-confirmed = Ваше місце закріплене за Вами.
booking-status-waitlisted = Ви у списку очікування, Ваш номер: { $position }.
booking-status-cancelled = Цей запис скасовано.
booking-for = Хто записаний
booking-cancel = Скасувати місце
booking-cancel-title = Ви справді хочете скасувати запис?
booking-cancel-text = Тоді Ваше місце отримає наступна людина зі списку очікування.
booking-cancel-yes = Так, скасувати
booking-cancel-no = Ні, залишити місце
booking-cancelled-title = Ваш запис скасовано
booking-cancelled-text = Шкода, що Ви не зможете прийти. Ви можете будь-коли записатися на інший курс.
