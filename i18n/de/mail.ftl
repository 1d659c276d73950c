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
