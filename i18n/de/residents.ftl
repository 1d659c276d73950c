# Seiten für Bürgerinnen und Bürger: Start, Kurse, Anmeldung, Buchung.
start-title = Willkommen bei Teilhabe
start-intro = Hier finden Sie kostenlose Kurse rund um Smartphone, Internet und Computer. Die Kurse sind in Ihrer Nähe. Sie brauchen kein Vorwissen.
start-choose = Was möchten Sie tun?
start-find = Einen Kurs finden
start-find-hint = Alle Kurse ansehen und sich anmelden
start-booking = Meine Buchung
start-booking-hint = Mit Ihrem Code die Buchung ansehen oder absagen
start-help = Hilfe am Telefon oder vor Ort
start-help-hint = Wir helfen Ihnen gern persönlich

topic-smartphone-basics = Smartphone: die ersten Schritte
topic-video-calls = Videoanrufe mit der Familie
topic-online-banking = Sicheres Online-Banking
topic-town-hall-online = Das Rathaus im Internet
topic-photos = Fotos mit dem Smartphone
topic-spotting-scams = Betrug im Internet erkennen

finder-title = Kurse finden
finder-intro = Alle Kurse sind kostenlos. Wählen Sie einen Kurs aus.
finder-empty = Im Moment gibt es keine Kurse. Schauen Sie bald wieder vorbei oder rufen Sie uns an.

finder-filter-hint = Wählen Sie aus, was Sie interessiert. Sie können mehrere Knöpfe drücken.
finder-filter-topic = Thema
finder-filter-district = Stadtteil
finder-filter-day = Wochentag
finder-filter-reset = Alle Kurse zeigen
finder-count = { $count ->
    [0] Kein Kurs passt.
    [one] 1 Kurs passt.
   *[other] { $count } Kurse passen.
}
finder-no-match = Kein Kurs passt zu Ihrer Auswahl. Drücken Sie auf „Alle Kurse zeigen“ oder wählen Sie etwas anderes.

session-when = Wann
session-where = Wo
session-seats = Plätze
session-seats-left = { $count ->
    [0] Keine Plätze frei
    [one] 1 Platz frei
   *[other] { $count } Plätze frei
}
session-full-note = Dieser Kurs ist voll. Sie können sich auf die Warteliste setzen lassen. Wird ein Platz frei, bekommen Sie ihn automatisch.
session-register = Jetzt anmelden
session-waitlist = Auf die Warteliste setzen

register-name-title = Wie heißen Sie?
register-name-hint = Vorname und Nachname
register-name-error-empty = Bitte schreiben Sie Ihren Namen.
register-name-error-too-long = Der Name ist zu lang. Bitte kürzen Sie ihn auf 100 Zeichen.
register-name-error-invalid = Der Name enthält Zeichen, die wir nicht speichern können.
register-contact-title = Wie können wir Sie erreichen?
register-contact-hint = Falls sich am Kurs etwas ändert.
register-contact-phone = Per Telefon
register-contact-email = Per E-Mail
register-contact-none = Gar nicht, ich komme einfach
register-contact-error-choose = Bitte wählen Sie aus, wie wir Sie erreichen können.
register-phone-label = Ihre Telefonnummer
register-phone-error-empty = Bitte schreiben Sie Ihre Telefonnummer.
register-phone-error-invalid = Bitte schreiben Sie die Telefonnummer nur mit Ziffern, zum Beispiel 040 123456.
register-email-label = Ihre E-Mail-Adresse
register-email-error-empty = Bitte schreiben Sie Ihre E-Mail-Adresse.
register-email-error-invalid = Bitte schreiben Sie die E-Mail-Adresse so: name@beispiel.de
register-check-title = Bitte prüfen Sie Ihre Angaben
register-check-course = Kurs
register-check-name = Name
register-check-contact = Erreichbar
register-check-change = Ändern
register-check-submit = Verbindlich anmelden
register-check-submitting = Wird gesendet …

confirm-title-confirmed = Sie sind angemeldet
confirm-title-waitlisted = Sie stehen auf der Warteliste
confirm-waitlist-position = Sie sind Nummer { $position } auf der Warteliste. Wird ein Platz frei, bekommen Sie ihn automatisch.
confirm-code-label = Ihr Buchungscode
confirm-code-note = Bitte schreiben Sie sich diesen Code auf. Mit dem Code können Sie Ihre Buchung ansehen oder absagen.
confirm-to-booking = Meine Buchung ansehen
confirm-print = Bestätigung drucken
confirm-print-help = Fragen? Rufen Sie uns an: { $phone }
confirm-calendar = In den Kalender eintragen
confirm-calendar-description = Ihr Buchungscode: { $code }. Fragen? Telefon { $phone }

booking-title = Meine Buchung
booking-code-label = Ihr Buchungscode
booking-code-hint = Der Code steht auf Ihrer Anmeldung, zum Beispiel K7P-4WM.
booking-code-error-empty = Bitte schreiben Sie Ihren Buchungscode.
booking-code-error-invalid = Ein Buchungscode hat 6 Zeichen, zum Beispiel K7P-4WM.
booking-find = Buchung anzeigen
booking-status-confirmed = Ihr Platz ist sicher.
booking-status-waitlisted = Sie stehen auf der Warteliste, Nummer { $position }.
booking-status-cancelled = Diese Buchung ist abgesagt.
booking-for = Angemeldet ist
booking-cancel = Platz absagen
booking-cancel-title = Wollen Sie wirklich absagen?
booking-cancel-text = Ihr Platz geht dann an die nächste Person auf der Warteliste.
booking-cancel-yes = Ja, absagen
booking-cancel-no = Nein, Platz behalten
booking-cancelled-title = Ihre Buchung ist abgesagt
booking-cancelled-text = Schade, dass Sie nicht kommen können. Sie können sich jederzeit für einen anderen Kurs anmelden.
