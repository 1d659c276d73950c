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
start-ideas = Eine Idee für Norderstedt
start-ideas-hint = Ideen lesen, unterstützen oder selbst eine einreichen

topic-smartphone-basics = Smartphone: die ersten Schritte
topic-video-calls = Videoanrufe mit der Familie
topic-online-banking = Sicheres Online-Banking
topic-town-hall-online = Das Rathaus im Internet
topic-photos = Fotos mit dem Smartphone
topic-spotting-scams = Betrug im Internet erkennen
topic-none = Kein bestimmtes Thema

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
booking-code-hint = Der Code steht auf Ihrer Anmeldung, zum Beispiel K7P‑4WM.
booking-code-error-empty = Bitte schreiben Sie Ihren Buchungscode.
booking-code-error-invalid = Ein Buchungscode hat 6 Zeichen, zum Beispiel K7P‑4WM.
booking-find = Buchung anzeigen
booking-status-confirmed = Ihr Platz ist sicher.
booking-status-over = Dieser Kurs hat schon stattgefunden.
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

register-consent-title = { $kind ->
    [email] Dürfen wir Ihnen an { $contact } zu diesem Kurs schreiben, zum Beispiel wenn er sich ändert?
   *[phone] Dürfen wir Sie unter { $contact } zu diesem Kurs anrufen, zum Beispiel wenn er sich ändert?
}
register-consent-title-short = { $kind ->
    [email] Dürfen wir Ihnen schreiben?
   *[phone] Dürfen wir Sie anrufen?
}
register-consent-hint = Wir melden uns nur, wenn es um diesen Kurs geht. Wir geben Ihre Angaben an niemanden weiter.
register-consent-yes = Ja, das dürfen Sie
register-consent-no = Nein
register-consent-no-hint = { $kind ->
    [email] Dann speichern wir Ihre E-Mail-Adresse nicht. Ändert sich der Kurs, können wir Ihnen nicht Bescheid sagen.
   *[phone] Dann speichern wir Ihre Telefonnummer nicht. Ändert sich der Kurs, können wir Ihnen nicht Bescheid sagen.
}
register-consent-error-choose = Bitte wählen Sie „Ja“ oder „Nein“.
register-consent-error-required = Bitte sagen Sie uns, ob wir Sie zu diesem Kurs anrufen oder Ihnen schreiben dürfen.
register-needs-title = Brauchen Sie beim Kurs Unterstützung?
register-needs-hint = Kreuzen Sie an, was Sie brauchen. Sie können mehreres ankreuzen. Brauchen Sie nichts davon, drücken Sie einfach auf „Weiter“.
register-check-needs = Unterstützung
register-check-needs-none = Keine

need-hearing-loop = Eine Hörschleife für mein Hörgerät
need-wheelchair = Einen Platz, den ich mit dem Rollstuhl erreiche
need-borrow-device = Ein Smartphone oder Tablet zum Ausleihen
need-companion = Ich bringe eine Begleitperson mit

booking-feedback-intro = Der Kurs ist vorbei. Wie hat er Ihnen gefallen? Ihre Meinung hilft uns, die Kurse besser zu machen.
booking-feedback-give = Erzählen Sie uns, wie es war

feedback-rating-title = Wie war der Kurs?
feedback-rating-hint = Wählen Sie die Antwort, die am besten passt.
feedback-rating-5 = Sehr gut
feedback-rating-4 = Gut
feedback-rating-3 = Es ging so
feedback-rating-2 = Schlecht
feedback-rating-1 = Sehr schlecht
feedback-error-rating = Bitte wählen Sie aus, wie der Kurs war.
feedback-helped-title = Hat Ihnen der Kurs geholfen?
feedback-helped-yes = Ja
feedback-helped-partly = Zum Teil
feedback-helped-no = Nein
feedback-error-helped = Bitte wählen Sie „Ja“, „Zum Teil“ oder „Nein“.
feedback-more-title = Zum Schluss: zwei Fragen, beide freiwillig
feedback-comment-label = Möchten Sie uns noch etwas sagen?
feedback-comment-hint = Zum Beispiel, was gut war oder was wir besser machen können. Höchstens 1000 Zeichen. Sie können das Feld auch leer lassen.
feedback-error-comment-too-long = Ihr Text ist zu lang. Bitte kürzen Sie ihn auf 1000 Zeichen.
feedback-error-comment-invalid = Ihr Text enthält Zeichen, die wir nicht speichern können.
feedback-topic-legend = Welches Thema möchten Sie als Nächstes lernen?
feedback-send = Absenden
feedback-thanks-title = Vielen Dank für Ihre Meinung
feedback-thanks-text = Ihre Antworten helfen uns, die Kurse besser zu machen. Wir freuen uns, wenn Sie wiederkommen.

# Erasing one's own data with the booking code (GDPR Art. 17).
problem-already-erased = Die Daten zu dieser Buchung sind schon gelöscht.
booking-erase = Meine Daten löschen
booking-erase-title = Wollen Sie Ihre Daten löschen?
booking-erase-text = Wir löschen Ihren Namen, Ihre Telefonnummer oder E-Mail-Adresse und Ihren Kommentar. Die Buchung zählt weiter in unserer Statistik, aber ohne Ihren Namen. Das Löschen kann niemand rückgängig machen.
booking-erase-yes = Ja, meine Daten löschen
booking-erase-no = Nein, Daten behalten
booking-erased-title = Ihre Daten sind gelöscht
booking-erased-text = Ihr Name und Ihre Kontaktdaten sind gelöscht. Auch wir können sie nicht mehr lesen.
# Drop-in sessions, the booking code as a QR code, leaving the waitlist.
session-drop-in = Offene Sprechstunde: einfach vorbeikommen, keine Anmeldung nötig
confirm-qr-alt = QR-Code mit Ihrem Buchungscode { $code }
booking-leave-waitlist = Von der Warteliste abmelden
booking-leave-title = Wollen Sie die Warteliste verlassen?
booking-leave-text = Dann bekommen Sie keinen Platz in diesem Kurs. Die anderen auf der Warteliste rücken auf.
booking-left-title = Sie stehen nicht mehr auf der Warteliste
