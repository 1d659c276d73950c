# E-mails the server sends (outbox). Plain text; variables in { $braces }.

mail-signature = Бюро програми Teilhabe, місто Нордерштедт

mail-booking-confirmed-subject = Ваш запис: { $title }

mail-booking-confirmed-body =
    Добрий день, { $name }!

    Ви записані на «{ $title }».
    Коли: { $when }
    Де: { $venue }

    Ваш код запису: { $code }
    Із цим кодом можна переглянути або скасувати запис: { $link }

mail-booking-waitlisted-subject = Список очікування: { $title }

mail-booking-waitlisted-body =
    Добрий день, { $name }!

    Курс «{ $title }» ({ $when }) заповнений. Ви в списку очікування.
    Якщо місце звільниться, воно Ваше, і ми Вам напишемо.

    Ваш код запису: { $code }
    Переглянути або скасувати: { $link }

mail-booking-promoted-subject = Для Вас звільнилося місце: { $title }

mail-booking-promoted-body =
    Добрий день, { $name }!

    Добра новина: тепер у Вас є місце на курсі «{ $title }».
    Коли: { $when }
    Де: { $venue }

    Ваш код запису: { $code }
    Переглянути або скасувати: { $link }

mail-session-rescheduled-subject = Новий час: { $title }

mail-session-rescheduled-body =
    Добрий день, { $name }!

    Курс «{ $title }» має новий час.
    Тепер: { $when }
    Де: { $venue }

    Ваш запис залишається. Якщо новий час не підходить, будь ласка, скасуйте: { $link }

mail-session-cancelled-subject = Скасовано: { $title }

mail-session-cancelled-body =
    Добрий день, { $name }!

    На жаль, курс «{ $title }» ({ $when }) скасовано.
    Причина: { $reason }

    Інші курси: { $link }

mail-application-approved-subject = Ласкаво просимо до цифрових послів

mail-application-approved-body =
    Добрий день, { $name }!

    Бюро програми прийняло Вашу заявку. Дякуємо!
    Тепер встановіть пароль. Посилання діє один раз і 14 днів:
    { $link }

mail-application-declined-subject = Ваша заявка до цифрових послів

mail-application-declined-body =
    Добрий день, { $name }!

    Дякуємо за заявку. Бюро програми вирішило її відхилити.
    Причина: { $reason }

    Якщо маєте запитання, зателефонуйте нам.

# Reminders, and what to say when calling residents who gave a phone number.

mail-session-reminder-subject = Нагадування: { $title }, { $when }

mail-session-reminder-body =
    Добрий день, { $name }!

    Нагадуємо про Ваш курс «{ $title }».
    Коли: { $when }
    Де: { $venue }

    Ваш код запису: { $code }
    Не зможете прийти? Будь ласка, скасуйте: { $link }

call-session-reminder = Добрий день, це бюро програми Teilhabe. Я телефоную щодо Вашого курсу «{ $title }» { $when }, { $venue }. Ви прийдете? Якщо ні, я скасую місце за Вас.

call-booking-promoted = Добрий день, це бюро програми Teilhabe. Добра новина: на курсі «{ $title }» { $when } для Вас звільнилося місце. Хочете прийти?

call-session-rescheduled = Добрий день, це бюро програми Teilhabe. Курс «{ $title }» має новий час: { $when }. Вам підходить новий час?

call-session-cancelled = Добрий день, це бюро програми Teilhabe. На жаль, курс «{ $title }» { $when } скасовано. Причина: { $reason }. Можна запропонувати Вам інший курс?

# Листи для друку (бюро програми).

letter-sender = Місто Нордерштедт · Бюро програми Teilhabe · Rathausallee 50 · 22846 Norderstedt
letter-date = Нордерштедт, { $date }
letter-code-label = Ваш код запису
letter-code-hint = Покажіть цей лист біля входу. За кодом Ви також можете переглянути свій запис в інтернеті.
letter-questions = Маєте запитання? Зателефонуйте нам: { $phone }. Години прийому: { $hours }

# The interest list ("Sagen Sie mir Bescheid"): a session that fits a wish, by e-mail, letter or call.

mail-interest-matched-subject = Новий курс для Вас: { $title }

mail-interest-matched-body =
    Добрий день, { $name }!

    Ви просили повідомити Вас. Є новий курс, який відповідає Вашому побажанню: «{ $title }».
    Коли: { $when }
    Де: { $venue }

    Записатися можна тут: { $link }
    Більше не хочете повідомлень? Відкличте побажання за допомогою Вашого коду або зателефонуйте нам.

call-interest-matched = Добрий день, це бюро програми Teilhabe. Ви просили повідомити Вас: є новий курс «{ $title }» { $when }. Місце: { $venue }. Записати Вас?

# Answers to the interest code (the residents' pages take them over when they show them).

problem-interest-not-found = Побажання з таким кодом у нашому списку немає. Будь ласка, перевірте код.
problem-interest-withdrawn = Ви вже відкликали це побажання.
problem-interest-notified = Ми вже повідомили Вас про цей курс.
problem-interest-not-notified = Ми не повідомляли Вас про цей курс.
