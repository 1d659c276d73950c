# E-mails the server sends (outbox). Plain text; variables in { $braces }.

mail-signature = Бюро программы Teilhabe, город Нордерштедт

mail-booking-confirmed-subject = Ваша запись: { $title }

mail-booking-confirmed-body =
    Здравствуйте, { $name }!

    Вы записаны на «{ $title }».
    Когда: { $when }
    Где: { $venue }

    Ваш код записи: { $code }
    С этим кодом можно посмотреть или отменить запись: { $link }

mail-booking-waitlisted-subject = Лист ожидания: { $title }

mail-booking-waitlisted-body =
    Здравствуйте, { $name }!

    Курс «{ $title }» ({ $when }) заполнен. Вы в листе ожидания.
    Если место освободится, оно Ваше, и мы Вам напишем.

    Ваш код записи: { $code }
    Посмотреть или отменить: { $link }

mail-booking-promoted-subject = Для Вас освободилось место: { $title }

mail-booking-promoted-body =
    Здравствуйте, { $name }!

    Хорошая новость: теперь у Вас есть место на курсе «{ $title }».
    Когда: { $when }
    Где: { $venue }

    Ваш код записи: { $code }
    Посмотреть или отменить: { $link }

mail-session-rescheduled-subject = Новое время: { $title }

mail-session-rescheduled-body =
    Здравствуйте, { $name }!

    У курса «{ $title }» новое время.
    Теперь: { $when }
    Где: { $venue }

    Ваша запись сохраняется. Если новое время не подходит, пожалуйста, отмените: { $link }

mail-session-cancelled-subject = Отменено: { $title }

mail-session-cancelled-body =
    Здравствуйте, { $name }!

    К сожалению, курс «{ $title }» ({ $when }) отменён.
    Причина: { $reason }

    Другие курсы: { $link }

mail-application-approved-subject = Добро пожаловать в цифровые послы

mail-application-approved-body =
    Здравствуйте, { $name }!

    Бюро программы приняло Вашу заявку. Спасибо!
    Теперь задайте пароль. Ссылка действует один раз и 14 дней:
    { $link }

mail-application-declined-subject = Ваша заявка в цифровые послы

mail-application-declined-body =
    Здравствуйте, { $name }!

    Спасибо за заявку. Бюро программы решило её отклонить.
    Причина: { $reason }

    Если есть вопросы, позвоните нам.

# Reminders, and what to say when calling residents who gave a phone number.

mail-session-reminder-subject = Напоминание: { $title }, { $when }

mail-session-reminder-body =
    Здравствуйте, { $name }!

    Напоминаем о Вашем курсе «{ $title }».
    Когда: { $when }
    Где: { $venue }

    Ваш код записи: { $code }
    Не сможете прийти? Пожалуйста, отмените: { $link }

call-session-reminder = Здравствуйте, это бюро программы Teilhabe. Я звоню по поводу Вашего курса «{ $title }» { $when }, { $venue }. Вы придёте? Если нет, я отменю место за Вас.

call-booking-promoted = Здравствуйте, это бюро программы Teilhabe. Хорошая новость: на курсе «{ $title }» { $when } для Вас освободилось место. Хотите прийти?

call-session-rescheduled = Здравствуйте, это бюро программы Teilhabe. У курса «{ $title }» новое время: { $when }. Вам подходит новое время?

call-session-cancelled = Здравствуйте, это бюро программы Teilhabe. К сожалению, курс «{ $title }» { $when } отменён. Причина: { $reason }. Можно предложить Вам другой курс?

# Письма для печати (бюро программы).

letter-sender = Город Нордерштедт · Бюро программы Teilhabe · Rathausallee 50 · 22846 Norderstedt
letter-date = Нордерштедт, { $date }
letter-code-label = Ваш код записи
letter-code-hint = Покажите это письмо у входа. По коду Вы также можете посмотреть свою запись в интернете.
letter-questions = Есть вопросы? Позвоните нам: { $phone }. Часы приёма: { $hours }

# The interest list ("Sagen Sie mir Bescheid"): a session that fits a wish, by e-mail, letter or call.

mail-interest-matched-subject = Новый курс для Вас: { $title }

mail-interest-matched-body =
    Здравствуйте, { $name }!

    Вы просили сообщить Вам. Есть новый курс, который подходит Вашему пожеланию: «{ $title }».
    Когда: { $when }
    Где: { $venue }

    Записаться можно здесь: { $link }
    Больше не хотите сообщений? Отзовите пожелание с помощью Вашего кода или позвоните нам.

call-interest-matched = Здравствуйте, это бюро программы Teilhabe. Вы просили сообщить Вам: есть новый курс «{ $title }» { $when }. Место: { $venue }. Записать Вас?

# Answers to the interest code (the residents' pages take them over when they show them).

problem-interest-not-found = Пожелания с таким кодом в нашем списке нет. Пожалуйста, проверьте код.
problem-interest-withdrawn = Вы уже отозвали это пожелание.
problem-interest-notified = Мы уже сообщили Вам об этом курсе.
problem-interest-not-notified = Мы не сообщали Вам об этом курсе.
