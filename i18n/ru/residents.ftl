# Страницы для жителей: начало, курсы, запись, бронирование.
start-title = Добро пожаловать в Teilhabe
start-intro = Здесь Вы найдёте бесплатные курсы о смартфоне, интернете и компьютере. Курсы проходят рядом с Вами. Никаких знаний заранее не нужно.
start-choose = Что Вы хотите сделать?
start-find = Найти курс
start-find-hint = Посмотреть все курсы и записаться
start-booking = Моя запись
start-booking-hint = Посмотреть или отменить запись по Вашему коду
start-help = Помощь по телефону или лично
start-help-hint = Мы с радостью поможем Вам лично
start-ideas = Идея для Нордерштедта
start-ideas-hint = Читайте идеи, поддерживайте их или предложите свою

topic-smartphone-basics = Смартфон: первые шаги
topic-video-calls = Видеозвонки с семьёй
topic-online-banking = Безопасный онлайн-банкинг
topic-town-hall-online = Ратуша в интернете
topic-photos = Фотографии на смартфоне
topic-spotting-scams = Как распознать мошенничество в интернете
topic-none = Никакой определённой

finder-title = Найти курс
finder-intro = Все курсы бесплатные. Выберите курс.
finder-empty = Сейчас курсов нет. Загляните позже или позвоните нам.

finder-filter-hint = Выберите, что Вам интересно. Можно нажать несколько кнопок.
finder-filter-topic = Тема
finder-filter-district = Район
finder-filter-day = День недели
finder-filter-reset = Показать все курсы
finder-count = { $count ->
    [0] Подходящих курсов нет.
    [one] Найден { $count } курс.
    [few] Найдено { $count } курса.
    [many] Найдено { $count } курсов.
   *[other] Найдено { $count } курса.
}
finder-no-match = Ни один курс не подходит под Ваш выбор. Нажмите «Показать все курсы» или выберите что-нибудь другое.

session-when = Когда
session-where = Где
session-seats = Места
session-seats-left = { $count ->
    [0] Свободных мест нет
    [one] { $count } свободное место
    [few] { $count } свободных места
    [many] { $count } свободных мест
   *[other] { $count } свободного места
}
session-full-note = Этот курс заполнен. Вы можете записаться в лист ожидания. Если место освободится, Вы получите его автоматически.
session-register = Записаться
session-waitlist = Записаться в лист ожидания

register-name-title = Как Вас зовут?
register-name-hint = Имя и фамилия
register-name-error-empty = Пожалуйста, напишите Ваше имя.
register-name-error-too-long = Имя слишком длинное. Пожалуйста, сократите его до 100 знаков.
register-name-error-invalid = В имени есть знаки, которые мы не можем сохранить.
register-contact-title = Как с Вами связаться?
register-contact-hint = На случай, если в курсе что-то изменится.
register-contact-phone = По телефону
register-contact-email = По электронной почте
register-contact-none = Не нужно, я просто приду
register-contact-error-choose = Пожалуйста, выберите, как с Вами связаться.
register-phone-label = Ваш номер телефона
register-phone-error-empty = Пожалуйста, напишите Ваш номер телефона.
register-phone-error-invalid = Пожалуйста, напишите номер телефона только цифрами, например 040 123456.
register-email-label = Ваш адрес электронной почты
register-email-error-empty = Пожалуйста, напишите Ваш адрес электронной почты.
register-email-error-invalid = Пожалуйста, напишите адрес электронной почты так: name@beispiel.de
register-check-title = Пожалуйста, проверьте Ваши данные
register-check-course = Курс
register-check-name = Имя
register-check-contact = Связь
register-check-change = Изменить
register-check-submit = Записаться окончательно
register-check-submitting = Отправка …

confirm-title-confirmed = Вы записаны
confirm-title-waitlisted = Вы в листе ожидания
confirm-waitlist-position = Ваш номер в листе ожидания: { $position }. Если место освободится, Вы получите его автоматически.
confirm-code-label = Ваш код записи
confirm-code-note = Пожалуйста, запишите этот код. С ним Вы можете посмотреть или отменить Вашу запись.
confirm-to-booking = Посмотреть мою запись
confirm-print = Распечатать подтверждение
confirm-print-help = Есть вопросы? Позвоните нам: { $phone }
confirm-calendar = Добавить в календарь
confirm-calendar-description = Ваш код записи: { $code }. Вопросы по телефону: { $phone }

booking-title = Моя запись
booking-code-label = Ваш код записи
booking-code-hint = Код указан в подтверждении записи, например K7P‑4WM.
booking-code-error-empty = Пожалуйста, напишите Ваш код записи.
booking-code-error-invalid = Код записи состоит из 6 знаков, например K7P‑4WM.
booking-find = Показать запись
booking-status-confirmed = Ваше место за Вами.
booking-status-over = Этот курс уже состоялся.
booking-status-waitlisted = Вы в листе ожидания, Ваш номер: { $position }.
booking-status-cancelled = Эта запись отменена.
booking-for = Кто записан
booking-cancel = Отменить место
booking-cancel-title = Вы действительно хотите отменить запись?
booking-cancel-text = Тогда Ваше место получит следующий человек из листа ожидания.
booking-cancel-yes = Да, отменить
booking-cancel-no = Нет, оставить место
booking-cancelled-title = Ваша запись отменена
booking-cancelled-text = Жаль, что Вы не сможете прийти. Вы можете в любое время записаться на другой курс.

register-consent-title = { $kind ->
    [email] Можно ли нам написать Вам на { $contact } по поводу этого курса, например если в нём что-то изменится?
   *[phone] Можно ли нам позвонить Вам по номеру { $contact } по поводу этого курса, например если в нём что-то изменится?
}
register-consent-title-short = { $kind ->
    [email] Можно ли нам написать Вам?
   *[phone] Можно ли нам позвонить Вам?
}
register-consent-hint = Мы свяжемся с Вами только по поводу этого курса. Мы никому не передаём Ваши данные.
register-consent-yes = Да, можно
register-consent-no = Нет
register-consent-no-hint = { $kind ->
    [email] Тогда мы не сохраним Ваш адрес электронной почты. Если курс изменится, мы не сможем Вам сообщить.
   *[phone] Тогда мы не сохраним Ваш номер телефона. Если курс изменится, мы не сможем Вам сообщить.
}
register-consent-error-choose = Пожалуйста, выберите «Да» или «Нет».
register-consent-error-required = Пожалуйста, скажите, можно ли нам позвонить или написать Вам по поводу этого курса.
register-needs-title = Нужна ли Вам помощь на курсе?
register-needs-hint = Отметьте всё, что Вам нужно. Можно отметить несколько пунктов. Если ничего из этого не нужно, просто нажмите «Дальше».
register-check-needs = Помощь на курсе
register-check-needs-none = Не нужна

need-hearing-loop = Индукционная петля для моего слухового аппарата
need-wheelchair = Место, до которого я могу добраться на инвалидной коляске
need-borrow-device = Смартфон или планшет на время курса
need-companion = Я приду с сопровождающим

booking-feedback-intro = Курс закончился. Как он Вам понравился? Ваше мнение помогает нам делать курсы лучше.
booking-feedback-give = Расскажите, как всё прошло

feedback-rating-title = Как прошёл курс?
feedback-rating-hint = Выберите ответ, который подходит больше всего.
feedback-rating-5 = Очень хорошо
feedback-rating-4 = Хорошо
feedback-rating-3 = Так себе
feedback-rating-2 = Плохо
feedback-rating-1 = Очень плохо
feedback-error-rating = Пожалуйста, выберите, как прошёл курс.
feedback-helped-title = Помог ли Вам курс?
feedback-helped-yes = Да
feedback-helped-partly = Отчасти
feedback-helped-no = Нет
feedback-error-helped = Пожалуйста, выберите «Да», «Отчасти» или «Нет».
feedback-more-title = Напоследок: два вопроса, оба по желанию
feedback-comment-label = Хотите ли Вы сказать нам что-нибудь ещё?
feedback-comment-hint = Например, что было хорошо или что мы можем сделать лучше. Не больше 1000 знаков. Это поле можно оставить пустым.
feedback-error-comment-too-long = Текст слишком длинный. Пожалуйста, сократите его до 1000 знаков.
feedback-error-comment-invalid = В тексте есть знаки, которые мы не можем сохранить.
feedback-topic-legend = Какую тему Вы хотели бы изучить дальше?
feedback-send = Отправить
feedback-thanks-title = Большое спасибо за Ваше мнение
feedback-thanks-text = Ваши ответы помогают нам делать курсы лучше. Будем рады видеть Вас снова.

# Erasing one's own data with the booking code (GDPR Art. 17).
problem-already-erased = Данные этого бронирования уже удалены.
booking-erase = Удалить мои данные
booking-erase-title = Вы хотите удалить свои данные?
booking-erase-text = Мы удалим Ваше имя, номер телефона или адрес электронной почты и Ваш комментарий. Бронирование по-прежнему учитывается в нашей статистике, но без Вашего имени. Отменить это невозможно.
booking-erase-yes = Да, удалить мои данные
booking-erase-no = Нет, сохранить данные
booking-erased-title = Ваши данные удалены
booking-erased-text = Ваше имя и контактные данные удалены. Даже мы больше не можем их прочитать.
# Drop-in sessions, the booking code as a QR code, leaving the waitlist.
session-drop-in = Открытая консультация: просто приходите, запись не нужна
confirm-qr-alt = QR-код с Вашим кодом записи { $code }
booking-leave-waitlist = Выйти из списка ожидания
booking-leave-title = Вы хотите выйти из списка ожидания?
booking-leave-text = Тогда Вы не получите место на этом курсе. Остальные в списке ожидания продвинутся вперёд.
booking-left-title = Вас больше нет в списке ожидания
