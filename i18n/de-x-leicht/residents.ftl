# Leichte Sprache: Seiten für Bürgerinnen und Bürger.
start-title = Willkommen bei Teilhabe
start-intro = Hier finden Sie Kurse. In den Kursen lernen Sie: Smartphone, Internet und Computer. Die Kurse sind in Ihrer Nähe. Die Kurse sind kostenlos. Sie brauchen kein Wissen vorher.
start-choose = Was möchten Sie machen?
start-find = Einen Kurs finden
start-find-hint = Alle Kurse ansehen. Und für einen Kurs anmelden.
start-booking = Meine Buchung
start-booking-hint = Mit Ihrem Code die Buchung ansehen. Oder absagen.
start-help = Hilfe am Telefon oder im Rathaus
start-help-hint = Wir helfen Ihnen gern.
start-ideas = Eine Idee für Norderstedt
start-ideas-hint = Sie können Ideen lesen und unterstützen. Oder Sie schicken selbst eine Idee.

topic-smartphone-basics = Smartphone: die ersten Schritte
topic-video-calls = Video·anrufe mit der Familie
topic-online-banking = Sicheres Online-Banking: Bank·geschäfte im Internet
topic-town-hall-online = Das Rathaus im Internet
topic-photos = Fotos mit dem Smartphone
topic-spotting-scams = Betrug im Internet erkennen
topic-none = Egal. Jedes Thema ist gut.

finder-title = Kurse finden
finder-intro = Alle Kurse sind kostenlos. Suchen Sie einen Kurs aus.
finder-empty = Im Moment gibt es keine Kurse. Bitte schauen Sie bald wieder hier. Oder rufen Sie uns an.

finder-filter-hint = Was interessiert Sie? Drücken Sie auf die Knöpfe. Sie können mehrere Knöpfe drücken.
finder-filter-topic = Thema
finder-filter-district = Stadt·teil
finder-filter-day = Wochen·tag
finder-filter-reset = Alle Kurse zeigen
finder-count = { $count ->
    [0] Kein Kurs passt.
    [one] 1 Kurs passt.
   *[other] { $count } Kurse passen.
}
finder-no-match = Kein Kurs passt. Drücken Sie auf: Alle Kurse zeigen. Oder wählen Sie etwas anderes.

session-when = Wann?
session-where = Wo?
session-seats = Plätze
session-seats-left = { $count ->
    [0] Alle Plätze sind besetzt
    [one] 1 Platz ist frei
   *[other] { $count } Plätze sind frei
}
session-full-note = Der Kurs ist voll. Sie können auf die Warte·liste gehen. Ein Platz wird frei? Dann bekommen Sie den Platz.
session-register = Jetzt anmelden
session-waitlist = Auf die Warte·liste gehen

register-name-title = Wie heißen Sie?
register-name-hint = Vorname und Nachname
register-name-error-empty = Bitte schreiben Sie Ihren Namen.
register-name-error-too-long = Der Name ist zu lang. Bitte schreiben Sie höchstens 100 Zeichen.
register-name-error-invalid = Im Namen sind besondere Zeichen. Diese Zeichen können wir leider nicht speichern.
register-contact-title = Wie erreichen wir Sie?
register-contact-hint = Vielleicht ändert sich etwas am Kurs. Dann sagen wir Ihnen Bescheid.
register-contact-phone = Mit Telefon
register-contact-email = Mit E-Mail
register-contact-none = Gar nicht. Ich komme einfach.
register-contact-error-choose = Bitte wählen Sie: Wie erreichen wir Sie?
register-phone-label = Ihre Telefon·nummer
register-phone-error-empty = Bitte schreiben Sie Ihre Telefon·nummer.
register-phone-error-invalid = Bitte schreiben Sie nur Zahlen. Zum Beispiel: 040 123456
register-email-label = Ihre E-Mail-Adresse
register-email-error-empty = Bitte schreiben Sie Ihre E-Mail-Adresse.
register-email-error-invalid = Bitte schreiben Sie die E-Mail-Adresse so: name@beispiel.de
register-check-title = Bitte prüfen Sie Ihre Angaben
register-check-course = Kurs
register-check-name = Name
register-check-contact = So erreichen wir Sie
register-check-change = Ändern
register-check-submit = Jetzt fest anmelden
register-check-submitting = Bitte warten …

confirm-title-confirmed = Sie sind angemeldet
confirm-title-waitlisted = Sie sind auf der Warte·liste
confirm-waitlist-position = Sie sind die Nummer { $position } auf der Warte·liste. Ein Platz wird frei? Dann bekommen Sie den Platz.
confirm-code-label = Ihr Buchungs·code
confirm-code-note = Bitte schreiben Sie den Code auf. Mit dem Code sehen Sie Ihre Buchung. Mit dem Code können Sie auch absagen.
confirm-to-booking = Meine Buchung ansehen
confirm-print = Bestätigung drucken
confirm-print-help = Sie haben Fragen? Rufen Sie uns an: { $phone }
confirm-calendar = In den Kalender schreiben
confirm-calendar-description = Ihr Buchungs·code: { $code }. Sie haben Fragen? Telefon: { $phone }

booking-title = Meine Buchung
booking-code-label = Ihr Buchungs·code
booking-code-hint = Der Code steht auf Ihrer Anmeldung. Zum Beispiel: K7P‑4WM
booking-code-error-empty = Bitte schreiben Sie Ihren Buchungs·code.
booking-code-error-invalid = Ein Buchungs·code hat 6 Zeichen. Zum Beispiel: K7P‑4WM
booking-find = Buchung zeigen
booking-status-confirmed = Sie haben einen Platz.
booking-status-over = Der Kurs war schon.
booking-status-waitlisted = Sie sind auf der Warte·liste. Sie sind die Nummer { $position }.
booking-status-cancelled = Diese Buchung ist abgesagt.
booking-for = Angemeldet ist
booking-cancel = Platz absagen
booking-cancel-title = Möchten Sie wirklich absagen?
booking-cancel-text = Dann bekommt die nächste Person auf der Warte·liste Ihren Platz.
booking-cancel-yes = Ja, absagen
booking-cancel-no = Nein, Platz behalten
booking-cancelled-title = Ihre Buchung ist abgesagt
booking-cancelled-text = Schade. Sie können sich jederzeit für einen anderen Kurs anmelden.

register-consent-title = { $kind ->
    [email] Dürfen wir Ihnen eine E-Mail an { $contact } schreiben? Zum Beispiel: Der Kurs ändert sich.
   *[phone] Dürfen wir Sie unter { $contact } anrufen? Zum Beispiel: Der Kurs ändert sich.
}
register-consent-title-short = { $kind ->
    [email] Dürfen wir Ihnen schreiben?
   *[phone] Dürfen wir Sie anrufen?
}
register-consent-hint = Wir melden uns nur wegen diesem Kurs. Ihre Angaben bleiben bei uns.
register-consent-yes = Ja, das dürfen Sie
register-consent-no = Nein
register-consent-no-hint = { $kind ->
    [email] Dann löschen wir Ihre E-Mail-Adresse. Der Kurs ändert sich? Das sehen Sie dann nur hier: bei Meine Buchung.
   *[phone] Dann löschen wir Ihre Telefon·nummer. Der Kurs ändert sich? Das sehen Sie dann nur hier: bei Meine Buchung.
}
register-consent-error-choose = Bitte wählen Sie: Ja oder Nein.
register-consent-error-required = Bitte sagen Sie uns: Dürfen wir Sie wegen dem Kurs anrufen? Oder Ihnen schreiben?
register-needs-title = Brauchen Sie Hilfe beim Kurs?
register-needs-hint = Kreuzen Sie an: Das brauche ich. Sie können mehr als eine Sache ankreuzen. Sie brauchen nichts davon? Dann drücken Sie einfach auf: Weiter.
register-check-needs = Das brauchen Sie beim Kurs
register-check-needs-none = Nichts

need-hearing-loop = Eine Hör·schleife für mein Hör·gerät. Damit höre ich besser.
need-wheelchair = Ich komme mit dem Roll·stuhl.
need-borrow-device = Ich möchte ein Smartphone oder Tablet leihen.
need-companion = Ich bringe eine Begleit·person mit. Zum Beispiel: meine Tochter.

booking-feedback-intro = Der Kurs ist vorbei. Wie war der Kurs? Bitte sagen Sie es uns. So machen wir die Kurse besser.
booking-feedback-give = Sagen Sie uns: Wie war es?

feedback-rating-title = Wie war der Kurs?
feedback-rating-hint = Wählen Sie ein Gesicht aus.
feedback-rating-5 = Sehr gut
feedback-rating-4 = Gut
feedback-rating-3 = Mittel
feedback-rating-2 = Schlecht
feedback-rating-1 = Sehr schlecht
feedback-error-rating = Bitte wählen Sie ein Gesicht aus.
feedback-helped-title = Hat der Kurs Ihnen geholfen?
feedback-helped-yes = Ja
feedback-helped-partly = Ein bisschen
feedback-helped-no = Nein
feedback-error-helped = Bitte wählen Sie: Ja, Ein bisschen oder Nein.
feedback-more-title = Zum Schluss: 2 freiwillige Fragen
feedback-comment-label = Möchten Sie uns noch etwas sagen?
feedback-comment-hint = Freiwillig heißt: Sie können hier etwas schreiben. Sie können das Feld auch leer lassen. Sie können höchstens 1000 Zeichen schreiben.
feedback-error-comment-too-long = Ihr Text ist zu lang. Bitte schreiben Sie höchstens 1000 Zeichen.
feedback-error-comment-invalid = Im Text sind besondere Zeichen. Diese Zeichen können wir leider nicht speichern.
feedback-topic-legend = Welches Thema möchten Sie als Nächstes lernen?
feedback-send = Abschicken
feedback-thanks-title = Vielen Dank!
feedback-thanks-text = Ihre Antworten helfen uns. So machen wir die Kurse besser. Kommen Sie gern wieder.

# Erasing one's own data with the booking code (GDPR Art. 17).
problem-already-erased = Ihre Daten sind schon gelöscht.
booking-erase = Meine Daten löschen
booking-erase-title = Wollen Sie Ihre Daten löschen?
booking-erase-text = Wir löschen Ihren Namen. Wir löschen Ihre Telefon·nummer oder E-Mail. Wir löschen Ihren Kommentar. Wir zählen die Buchung weiter. Aber ohne Ihren Namen. Danach sind die Daten für immer weg.
booking-erase-yes = Ja, Daten löschen
booking-erase-no = Nein, Daten behalten
booking-erased-title = Ihre Daten sind gelöscht
booking-erased-text = Ihr Name ist gelöscht. Ihre Kontakt·daten sind gelöscht. Auch wir können die Daten nicht mehr lesen.
# Drop-in sessions, the booking code as a QR code, leaving the waitlist.
session-drop-in = Offene Sprech·stunde. Sie können einfach kommen. Sie müssen sich nicht anmelden.
confirm-qr-alt = QR-Code mit Ihrem Buchungs·code { $code }
booking-leave-waitlist = Von der Warte·liste abmelden
booking-leave-title = Möchten Sie nicht mehr auf der Warte·liste stehen?
booking-leave-text = Dann bekommen Sie keinen Platz in diesem Kurs.
booking-left-title = Sie stehen nicht mehr auf der Warte·liste
