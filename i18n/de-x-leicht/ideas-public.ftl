# The ideas store (Ideenspeicher) as everyone sees it: in the residents' ideas pages and the staff app.

ideas-ui-nav = Ideen·speicher
ideas-ui-title = Ideen·speicher
ideas-ui-intro = Hier sammelt die Stadt Ideen. Die Ideen sind für ein digitales Norderstedt. Alle dürfen eine Idee schicken. Alle dürfen eine Idee unterstützen. Eine Arbeits·gruppe prüft jede Idee. Dann schreibt sie auf: So haben wir entschieden.
ideas-ui-submit-link = Eine Idee schicken
ideas-ui-filter-label = Ideen zu einem Thema zeigen
ideas-ui-filter-all = Alle Themen
ideas-ui-state-filter-label = Ideen nach Stand zeigen
ideas-ui-filter-all-states = Alle Ideen
ideas-ui-history = So weit ist die Idee gekommen
ideas-ui-wall-link = Alle Ideen zum Aus·drucken
ideas-ui-wall-title = Ideen·wand
ideas-ui-wall-intro = Hier stehen alle Ideen. Sie sind nach Themen sortiert. Sie können die Seite groß aus·drucken.
ideas-ui-wall-print = Ideen·wand drucken
ideas-ui-wall-qr = Mit diesem Code kommen Sie zum Ideen·speicher im Internet.
ideas-ui-count = { $count ->
    [0] Keine Idee
    [one] 1 Idee
   *[other] { $count } Ideen
}
ideas-ui-none = Zu diesem Thema gibt es noch keine Idee.
ideas-ui-state = So weit ist die Idee
ideas-ui-field = Thema
ideas-ui-source = Geschickt
ideas-ui-source-online = im Internet
ideas-ui-source-paper = auf einer Ideen·karte
ideas-ui-source-ambassador = über eine Botschafterin oder einen Botschafter
ideas-ui-source-note = Wir speichern die Idee so: geschickt { $source }.
ideas-ui-reason = Das sagt die Arbeits·gruppe
ideas-ui-merged-into = Zusammen mit dieser Idee
ideas-ui-supporters = { $count ->
    [0] Noch niemand unterstützt diese Idee.
    [one] 1 Mensch unterstützt diese Idee.
   *[other] { $count } Menschen unterstützen diese Idee.
}
ideas-ui-support = Diese Idee unterstützen
ideas-ui-supported = Sie unterstützen diese Idee.
ideas-ui-support-thanks = Danke! Sie unterstützen jetzt die Idee: { $name }
ideas-ui-support-title = Eine Idee unterstützen
ideas-ui-support-code-label = Ihr Buchungs·code
ideas-ui-support-code-hint = Der Code steht auf Ihrer Anmeldung für einen Kurs. Zum Beispiel: K7P-4QM. Mit dem Code können Sie jede Idee 1 Mal unterstützen.
ideas-ui-support-code-error = Bitte schreiben Sie Ihren Buchungs·code. Schreiben Sie ihn genau so wie auf der Anmeldung. Zum Beispiel: K7P-4QM.
ideas-ui-support-submit = Idee unterstützen

ideas-ui-caption = Eine Idee schicken
ideas-ui-caption-paper = Eine Idee von einer Ideen·karte eintippen
ideas-ui-what-title = Was ist Ihre Idee?
ideas-ui-what-label = Die Idee
ideas-ui-what-hint = Schreiben Sie die Idee mit Ihren Worten. Ein paar Sätze sind genug.
ideas-ui-for-whom-title = Für wen ist die Idee?
ideas-ui-for-whom-label = Für wen
ideas-ui-for-whom-hint = Zum Beispiel: für ältere Menschen. Für Familien. Für alle.
ideas-ui-where-title = Wo in der Stadt soll es das geben?
ideas-ui-where-label = Wo in der Stadt
ideas-ui-where-hint = Zum Beispiel: im Stadt·park. In Garstedt. In der ganzen Stadt.
ideas-ui-field-title = Zu welchem Thema passt die Idee?
ideas-ui-field-hint = Die Stadt hat 4 Themen. Jede Idee gehört zu einem Thema. Wählen Sie das Thema, das am besten passt. Die Arbeits·gruppe kann das Thema noch ändern.
ideas-ui-field-living-hint = Der Alltag. Zum Beispiel: Wohnen. Gesundheit. Wege in der Stadt. Hilfe von der Stadt.
ideas-ui-field-experiencing-hint = Die freie Zeit. Zum Beispiel: Kultur. Sport. Natur. Einkaufen. Ausflüge.
ideas-ui-field-working-hint = Arbeit und Lernen. Zum Beispiel: Firmen. Läden. Ausbildung.
ideas-ui-field-working-with-hint = Mitmachen. Zusammen mit der Stadt·verwaltung, der Politik und den Vereinen etwas tun.
ideas-ui-contact-title = Dürfen wir Sie zu Ihrer Idee fragen?
ideas-ui-contact-hint = Das müssen Sie nicht. Ihre Idee kommt auch ohne Kontakt in den Ideen·speicher.
ideas-ui-contact-none = Nein, ohne Kontakt
ideas-ui-contact-phone = Ja, am Telefon
ideas-ui-contact-email = Ja, mit E-Mail
ideas-ui-contact-phone-label = Telefon·nummer
ideas-ui-contact-email-label = E-Mail-Adresse
ideas-ui-consent = Sie geben uns einen Kontakt? Dann sind Sie einverstanden: Die Arbeits·gruppe darf Sie zu dieser Idee anrufen. Oder Ihnen schreiben. Wir zeigen Ihren Kontakt nie öffentlich. Sie können den Kontakt immer löschen lassen.
ideas-ui-check-title = Prüfen Sie Ihre Angaben
ideas-ui-check-note = Sie schicken die Idee. Dann zeigen wir die Idee im Ideen·speicher. Alle können sie lesen. Ihren Kontakt zeigen wir nicht.
ideas-ui-change = Ändern
ideas-ui-contact-row = Kontakt
ideas-ui-no-contact = Kein Kontakt
ideas-ui-send = Idee schicken
ideas-ui-done-title = Danke für Ihre Idee!
ideas-ui-done-text = Die Idee ist jetzt im Ideen·speicher. Andere können die Idee unterstützen. Die Arbeits·gruppe prüft die Idee. Dann schreibt sie auf: So haben wir entschieden.
ideas-ui-done-list = Zum Ideen·speicher
ideas-ui-done-another = Noch eine Idee eintippen
ideas-ui-login-title = Sie haben eine Idee für Norderstedt?
ideas-ui-login-text = Im Ideen·speicher können alle Ideen schicken und unterstützen. Sie müssen sich dafür nicht anmelden.
ideas-ui-login-link = Zum Ideen·speicher
ideas-ui-paper-link = Ideen von Ideen·karten eintippen
ideas-ui-public-link = Ideen·speicher ansehen

audit-action-living = In Norderstedt leben
audit-action-experiencing = Norderstedt erleben
audit-action-working = In Norderstedt arbeiten
audit-action-working-with = Mit Norderstedt arbeiten
audit-state-submitted = Eingereicht
audit-state-assessing = Wird geprüft
audit-state-pilot = Wird ausprobiert
audit-state-kept = Für später aufgehoben
audit-state-merged = Mit anderer Idee zusammen
audit-state-not-pursued = Wird nicht gemacht
field-error-empty = Bitte schreiben Sie etwas in dieses Feld.
field-error-too-long = Der Text ist zu lang. Bitte schreiben Sie weniger.
field-error-invalid = Hier sind besondere Zeichen. Diese Zeichen können wir nicht speichern.
field-error-choose = Bitte wählen Sie etwas.
