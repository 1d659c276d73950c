# E-mails the server sends (outbox). Plain text; variables in { $braces }.

mail-signature = Ihr Programm·büro Teilhabe. Stadt Norderstedt.

mail-booking-confirmed-subject = Sie sind angemeldet: { $title }

mail-booking-confirmed-body =
    Guten Tag { $name }.

    Sie sind angemeldet.
    Der Kurs heißt: { $title }.
    Der Kurs ist am: { $when }.
    Der Kurs ist hier: { $venue }.

    Das ist Ihr Buchungs·code: { $code }
    Mit dem Code können Sie absagen.
    Hier geht das: { $link }

mail-booking-waitlisted-subject = Sie sind auf der Warte·liste: { $title }

mail-booking-waitlisted-body =
    Guten Tag { $name }.

    Der Kurs heißt: { $title }.
    Der Kurs ist voll.
    Der Kurs ist am: { $when }.
    Sie sind auf der Warte·liste.
    Wird ein Platz frei? Dann bekommen Sie den Platz.
    Wir schreiben Ihnen dann.

    Das ist Ihr Buchungs·code: { $code }
    Hier sehen Sie Ihre Anmeldung: { $link }

mail-booking-promoted-subject = Sie haben jetzt einen Platz: { $title }

mail-booking-promoted-body =
    Guten Tag { $name }.

    Eine gute Nachricht:
    Sie haben jetzt einen Platz.
    Der Kurs heißt: { $title }.
    Der Kurs ist am: { $when }.
    Der Kurs ist hier: { $venue }.

    Das ist Ihr Buchungs·code: { $code }
    Hier sehen Sie Ihre Anmeldung: { $link }

mail-session-rescheduled-subject = Der Kurs hat eine neue Zeit: { $title }

mail-session-rescheduled-body =
    Guten Tag { $name }.

    Der Kurs heißt: { $title }.
    Der Kurs hat eine neue Zeit.
    Die neue Zeit ist: { $when }.
    Der Kurs ist hier: { $venue }.

    Sie bleiben angemeldet.
    Passt die Zeit für Sie schlecht? Dann sagen Sie bitte ab.
    Hier geht das: { $link }

mail-session-cancelled-subject = Der Kurs fällt aus: { $title }

mail-session-cancelled-body =
    Guten Tag { $name }.

    Der Kurs heißt: { $title }.
    Der Kurs sollte am { $when } sein.
    Der Kurs fällt aus.
    Das ist der Grund: { $reason }

    Hier finden Sie andere Kurse: { $link }

mail-application-approved-subject = Willkommen als Zukunfts·botschafter oder Zukunfts·botschafterin

mail-application-approved-body =
    Guten Tag { $name }.

    Das Programm·büro sagt Ja zu Ihrer Bewerbung.
    Vielen Dank!
    Jetzt machen Sie Ihr Pass·wort.
    Ein Pass·wort ist ein geheimes Wort für die Anmeldung.
    Klicken Sie auf diesen Link.
    Der Link geht nur 1 Mal.
    Der Link geht 14 Tage lang.
    { $link }

mail-application-declined-subject = Ihre Bewerbung: Zukunfts·botschafter oder Zukunfts·botschafterin

mail-application-declined-body =
    Guten Tag { $name }.

    Danke für Ihre Bewerbung.
    Das Programm·büro sagt Nein.
    Das ist der Grund: { $reason }

    Sie haben Fragen? Dann rufen Sie uns an.

# Reminders, and what to say when calling residents who gave a phone number.

mail-session-reminder-subject = Erinnerung an Ihren Kurs am { $when }: { $title }

mail-session-reminder-body =
    Guten Tag { $name }.

    Sie haben bald einen Kurs.
    Der Kurs heißt: { $title }.
    Der Kurs ist am: { $when }.
    Der Kurs ist hier: { $venue }.

    Das ist Ihr Buchungs·code: { $code }
    Sie können nicht kommen? Dann sagen Sie bitte ab.
    Hier geht das: { $link }

call-session-reminder = Guten Tag. Hier ist das Programm·büro Teilhabe. Sie haben bald einen Kurs. Der Kurs heißt: { $title }. Der Kurs ist am: { $when }. Der Kurs ist hier: { $venue }. Kommen Sie? Sie können nicht kommen? Dann sage ich den Platz für Sie ab.

call-booking-promoted = Guten Tag. Hier ist das Programm·büro Teilhabe. Eine gute Nachricht: Sie haben jetzt einen Platz. Der Kurs heißt: { $title }. Der Kurs ist am: { $when }. Möchten Sie kommen?

call-session-rescheduled = Guten Tag. Hier ist das Programm·büro Teilhabe. Es geht um den Kurs: { $title }. Der Kurs hat eine neue Zeit. Die neue Zeit ist: { $when }. Passt die Zeit für Sie?

call-session-cancelled = Guten Tag. Hier ist das Programm·büro Teilhabe. Es geht um den Kurs: { $title }. Der Kurs sollte am { $when } sein. Der Kurs fällt aus. Das ist der Grund: { $reason }. Soll ich Ihnen einen anderen Kurs sagen?

# Briefe zum Ausdrucken (Programm·büro).

letter-sender = Stadt Norderstedt · Programm·büro Teilhabe · Rathausallee 50 · 22846 Norderstedt
letter-date = Norderstedt, { $date }
letter-code-label = Ihr Buchungs·code
letter-code-hint = Bringen Sie diesen Brief mit. Zeigen Sie den Brief an der Tür.
letter-questions = Haben Sie Fragen? Dann rufen Sie uns an: { $phone }. Wir sind da: { $hours }

# The interest list ("Sagen Sie mir Bescheid"): a session that fits a wish, by e-mail, letter or call.

mail-interest-matched-subject = Ein neuer Kurs für Sie: { $title }

mail-interest-matched-body =
    Guten Tag { $name }.

    Sie wollten eine Nachricht von uns.
    Es gibt jetzt einen neuen Kurs für Sie.
    Der Kurs heißt: { $title }.
    Der Kurs ist am: { $when }.
    Der Kurs ist hier: { $venue }.

    Hier können Sie sich anmelden: { $link }
    Sie wollen keine Nachricht mehr?
    Dann rufen Sie uns an.

call-interest-matched = Guten Tag. Hier ist das Programm·büro Teilhabe. Sie wollten eine Nachricht von uns. Es gibt jetzt einen neuen Kurs für Sie. Der Kurs heißt: { $title }. Der Kurs ist am: { $when }. Der Kurs ist hier: { $venue }. Soll ich Sie anmelden?

# Answers to the interest code (the residents' pages take them over when they show them).

problem-interest-not-found = Zu diesem Code finden wir keinen Wunsch. Bitte prüfen Sie den Code.
problem-interest-withdrawn = Sie bekommen von uns schon keine Nachricht mehr.
problem-interest-notified = Wir haben Ihnen diesen Kurs schon gesagt.
problem-interest-not-notified = Diesen Kurs haben wir Ihnen nicht gesagt.
