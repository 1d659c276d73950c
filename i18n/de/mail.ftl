# E-mails the server sends (outbox). Plain text; variables in { $braces }.

mail-signature = Ihr Programmbüro Teilhabe, Stadt Norderstedt

mail-booking-confirmed-subject = Ihre Anmeldung: { $title }

mail-booking-confirmed-body =
    Guten Tag { $name },

    Sie sind angemeldet für „{ $title }“.
    Wann: { $when }
    Wo: { $venue }

    Ihr Buchungscode: { $code }
    Mit diesem Code sehen Sie Ihre Anmeldung oder sagen ab: { $link }

mail-booking-waitlisted-subject = Warteliste: { $title }

mail-booking-waitlisted-body =
    Guten Tag { $name },

    der Kurs „{ $title }“ am { $when } ist voll. Sie stehen auf der Warteliste.
    Wird ein Platz frei, bekommen Sie ihn und wir schreiben Ihnen.

    Ihr Buchungscode: { $code }
    Ansehen oder absagen: { $link }

mail-booking-promoted-subject = Ein Platz ist frei: { $title }

mail-booking-promoted-body =
    Guten Tag { $name },

    gute Nachricht: Sie haben jetzt einen Platz im Kurs „{ $title }“.
    Wann: { $when }
    Wo: { $venue }

    Ihr Buchungscode: { $code }
    Ansehen oder absagen: { $link }

mail-session-rescheduled-subject = Neue Zeit: { $title }

mail-session-rescheduled-body =
    Guten Tag { $name },

    der Kurs „{ $title }“ hat eine neue Zeit.
    Neu: { $when }
    Wo: { $venue }

    Ihre Anmeldung bleibt bestehen. Passt die neue Zeit nicht, sagen Sie bitte ab: { $link }

mail-session-cancelled-subject = Abgesagt: { $title }

mail-session-cancelled-body =
    Guten Tag { $name },

    leider fällt der Kurs „{ $title }“ am { $when } aus.
    Grund: { $reason }

    Neue Kurse finden Sie hier: { $link }

mail-application-approved-subject = Willkommen als Zukunftsbotschafter*in

mail-application-approved-body =
    Guten Tag { $name },

    das Programmbüro hat Ihre Bewerbung angenommen. Vielen Dank!
    Legen Sie jetzt Ihr Passwort fest. Der Link gilt einmal und 14 Tage lang:
    { $link }

mail-application-declined-subject = Ihre Bewerbung als Zukunftsbotschafter*in

mail-application-declined-body =
    Guten Tag { $name },

    vielen Dank für Ihre Bewerbung. Das Programmbüro hat sich dagegen entschieden.
    Grund: { $reason }

    Bei Fragen rufen Sie uns gern an.

# Reminders, and what to say when calling residents who gave a phone number.

mail-session-reminder-subject = Erinnerung: { $title } am { $when }

mail-session-reminder-body =
    Guten Tag { $name },

    wir erinnern Sie an Ihren Kurs „{ $title }“.
    Wann: { $when }
    Wo: { $venue }

    Ihr Buchungscode: { $code }
    Können Sie nicht kommen? Bitte sagen Sie ab: { $link }

call-session-reminder = Guten Tag, hier ist das Programmbüro Teilhabe. Ich rufe an wegen Ihres Kurses „{ $title }“ am { $when } in { $venue }. Kommen Sie? Wenn nicht, sage ich den Platz für Sie ab.

call-booking-promoted = Guten Tag, hier ist das Programmbüro Teilhabe. Gute Nachricht: Im Kurs „{ $title }“ am { $when } ist ein Platz für Sie frei geworden. Möchten Sie kommen?

call-session-rescheduled = Guten Tag, hier ist das Programmbüro Teilhabe. Der Kurs „{ $title }“ hat eine neue Zeit: { $when }. Passt Ihnen die neue Zeit?

call-session-cancelled = Guten Tag, hier ist das Programmbüro Teilhabe. Leider fällt der Kurs „{ $title }“ am { $when } aus. Grund: { $reason }. Darf ich Ihnen einen anderen Kurs nennen?

# Briefe zum Ausdrucken (Programmbüro): Bestätigung, Änderung, Absage in großer Schrift.

letter-sender = Stadt Norderstedt · Programmbüro Teilhabe · Rathausallee 50 · 22846 Norderstedt
letter-date = Norderstedt, { $date }
letter-code-label = Ihr Buchungscode
letter-code-hint = Zeigen Sie diesen Brief an der Tür. Mit dem Code sehen Sie Ihre Anmeldung auch im Internet.
letter-questions = Fragen? Rufen Sie uns an: { $phone }. Sprechzeiten: { $hours }

# The interest list ("Sagen Sie mir Bescheid"): a session that fits a wish, by e-mail, letter or call.

mail-interest-matched-subject = Ein neuer Kurs für Sie: { $title }

mail-interest-matched-body =
    Guten Tag { $name },

    Sie haben uns gebeten, Ihnen Bescheid zu sagen. Es gibt einen neuen Kurs, der zu Ihrem Wunsch passt: „{ $title }“.
    Wann: { $when }
    Wo: { $venue }

    Hier melden Sie sich an: { $link }
    Möchten Sie keine Nachricht mehr? Mit Ihrem Code ziehen Sie Ihren Wunsch zurück, oder rufen Sie uns an.

call-interest-matched = Guten Tag, hier ist das Programmbüro Teilhabe. Sie wollten Bescheid bekommen: Es gibt einen neuen Kurs „{ $title }“ am { $when } in { $venue }. Darf ich Sie anmelden?

# Answers to the interest code (the residents' pages take them over when they show them).

problem-interest-not-found = Zu diesem Code gibt es keinen Wunsch auf unserer Liste. Bitte prüfen Sie den Code.
problem-interest-withdrawn = Diesen Wunsch haben Sie schon zurückgezogen.
problem-interest-notified = Über diesen Kurs haben wir Sie schon informiert.
problem-interest-not-notified = Über diesen Kurs haben wir Sie nicht informiert.
