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
start-ideas = Ідея для Нордерштедта
start-ideas-hint = Читайте ідеї, підтримуйте їх або запропонуйте свою

topic-smartphone-basics = Смартфон: перші кроки
topic-video-calls = Відеодзвінки з родиною
topic-online-banking = Безпечний онлайн-банкінг
topic-town-hall-online = Ратуша в інтернеті
topic-photos = Фотографії на смартфоні
topic-spotting-scams = Як розпізнати шахрайство в інтернеті
topic-none = Без певної теми

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
booking-code-hint = Код указано в підтвердженні запису, наприклад K7P‑4WM.
booking-code-error-empty = Будь ласка, напишіть Ваш код запису.
booking-code-error-invalid = Код запису складається з 6 знаків, наприклад K7P‑4WM.
booking-find = Показати запис
booking-status-confirmed = Ваше місце закріплене за Вами.
booking-status-over = Цей курс уже відбувся.
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

register-consent-title = { $kind ->
    [email] Чи можемо ми написати Вам на { $contact } щодо цього курсу, наприклад якщо в ньому щось зміниться?
   *[phone] Чи можемо ми зателефонувати Вам за номером { $contact } щодо цього курсу, наприклад якщо в ньому щось зміниться?
}
register-consent-title-short = { $kind ->
    [email] Чи можемо ми Вам написати?
   *[phone] Чи можемо ми Вам зателефонувати?
}
register-consent-hint = Ми зв’яжемося з Вами лише щодо цього курсу. Ми нікому не передаємо Ваші дані.
register-consent-yes = Так, можна
register-consent-no = Ні
register-consent-no-hint = { $kind ->
    [email] Тоді ми не збережемо Вашу адресу електронної пошти. Якщо курс зміниться, ми не зможемо Вам повідомити.
   *[phone] Тоді ми не збережемо Ваш номер телефону. Якщо курс зміниться, ми не зможемо Вам повідомити.
}
register-consent-error-choose = Будь ласка, виберіть «Так» або «Ні».
register-consent-error-required = Будь ласка, скажіть, чи можемо ми зателефонувати або написати Вам щодо цього курсу.
register-needs-title = Чи потрібна Вам допомога на курсі?
register-needs-hint = Позначте все, що Вам потрібно. Можна позначити кілька пунктів. Якщо нічого з цього не потрібно, просто натисніть «Далі».
register-check-needs = Допомога на курсі
register-check-needs-none = Не потрібна

need-hearing-loop = Індукційна петля для мого слухового апарата
need-wheelchair = Місце, до якого я можу дістатися на інвалідному візку
need-borrow-device = Смартфон або планшет на час курсу
need-companion = Я прийду із супровідником

booking-feedback-intro = Курс закінчився. Як він Вам сподобався? Ваша думка допомагає нам робити курси кращими.
booking-feedback-give = Розкажіть, як усе пройшло

feedback-rating-title = Як пройшов курс?
feedback-rating-hint = Виберіть відповідь, яка найкраще підходить.
feedback-rating-5 = Дуже добре
feedback-rating-4 = Добре
feedback-rating-3 = Так собі
feedback-rating-2 = Погано
feedback-rating-1 = Дуже погано
feedback-error-rating = Будь ласка, виберіть, як пройшов курс.
feedback-helped-title = Чи допоміг Вам курс?
feedback-helped-yes = Так
feedback-helped-partly = Частково
feedback-helped-no = Ні
feedback-error-helped = Будь ласка, виберіть «Так», «Частково» або «Ні».
feedback-more-title = Наостанок: два запитання, обидва за бажанням
feedback-comment-label = Чи хочете Ви сказати нам ще щось?
feedback-comment-hint = Наприклад, що було добре або що ми можемо зробити краще. Не більше 1000 знаків. Це поле можна залишити порожнім.
feedback-error-comment-too-long = Текст задовгий. Будь ласка, скоротіть його до 1000 знаків.
feedback-error-comment-invalid = У тексті є знаки, які ми не можемо зберегти.
feedback-topic-legend = Яку тему Ви хотіли б вивчити наступною?
feedback-send = Надіслати
feedback-thanks-title = Щиро дякуємо за Вашу думку
feedback-thanks-text = Ваші відповіді допомагають нам робити курси кращими. Будемо раді бачити Вас знову.

# Erasing one's own data with the booking code (GDPR Art. 17).
problem-already-erased = Дані цього бронювання вже видалено.
booking-erase = Видалити мої дані
booking-erase-title = Ви хочете видалити свої дані?
booking-erase-text = Ми видалимо Ваше ім'я, номер телефону або адресу електронної пошти та Ваш коментар. Бронювання й надалі враховується в нашій статистиці, але без Вашого імені. Скасувати це неможливо.
booking-erase-yes = Так, видалити мої дані
booking-erase-no = Ні, зберегти дані
booking-erased-title = Ваші дані видалено
booking-erased-text = Ваше ім'я та контактні дані видалено. Навіть ми більше не можемо їх прочитати.
# Drop-in sessions, the booking code as a QR code, leaving the waitlist.
session-drop-in = Відкрита консультація: просто приходьте, реєстрація не потрібна
confirm-qr-alt = QR-код із Вашим кодом запису { $code }
booking-leave-waitlist = Вийти зі списку очікування
booking-leave-title = Ви хочете вийти зі списку очікування?
booking-leave-text = Тоді Ви не отримаєте місця на цьому курсі. Інші у списку очікування просунуться вперед.
booking-left-title = Вас більше немає у списку очікування
