# The ideas store (Ideenspeicher) and the call list in the staff app.

ideas-ui-nav = Ideen·speicher
ideas-ui-title = Ideen·speicher
ideas-ui-intro = Hier sammelt die Stadt Ideen. Die Ideen sind für ein digitales Norderstedt. Alle dürfen eine Idee schicken. Alle dürfen eine Idee unterstützen. Eine Arbeits·gruppe prüft jede Idee. Dann schreibt sie auf: So haben wir entschieden.
ideas-ui-submit-link = Eine Idee schicken
ideas-ui-filter-label = Ideen zu einem Thema zeigen
ideas-ui-filter-all = Alle Themen
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

ideas-ui-work-nav = Ideen
ideas-ui-work-title = Ideen: Arbeits·gruppe
ideas-ui-work-intro = Hier sind alle Ideen. Sie sind nach ihrem Stand sortiert. Eine neue Idee kommt zuerst in die Prüfung. Dann entscheidet die Arbeits·gruppe. Die Idee wird ein Pilot·projekt. Oder wir heben sie für später auf. Oder sie kommt zu einer anderen Idee dazu. Oder wir machen sie nicht. Alle können den Grund lesen. Schreiben Sie den Grund in einfachen Worten.
ideas-ui-work-empty = Hier ist keine Idee.
ideas-ui-office-more = Ideen und Anrufe
ideas-ui-start-assessment = Idee prüfen
ideas-ui-assessment-started = Die Idee ist jetzt in der Prüfung: { $name }
ideas-ui-decide = Entscheiden
ideas-ui-decide-title = Was entscheidet die Arbeits·gruppe?
ideas-ui-decide-legend = Entscheidung
ideas-ui-decide-pilot = Die Idee wird ein Pilot·projekt
ideas-ui-decide-kept = Wir heben die Idee für später auf
ideas-ui-decide-merged = Die Idee kommt zu einer anderen Idee dazu
ideas-ui-decide-not-pursued = Wir machen die Idee nicht
ideas-ui-into-label = Zu welcher Idee?
ideas-ui-into-choose = Bitte eine Idee wählen
ideas-ui-reason-label = Grund
ideas-ui-reason-hint = In einfachen Worten. In wenigen Sätzen. Alle können den Grund bei der Idee lesen.
ideas-ui-decide-submit = Entscheidung speichern
ideas-ui-decided = Die Entscheidung ist gespeichert. Idee: { $name }

calls-ui-nav = Anruf·liste
calls-ui-title = Anruf·liste
calls-ui-intro = Diese Menschen haben keine E-Mail-Adresse. Sie haben eine Telefon·nummer. Rufen Sie an. Sagen Sie die Nachricht in ihrer Sprache. Dann tragen Sie ein: So war der Anruf.
calls-ui-count = { $count ->
    [0] Keine Anrufe
    [one] 1 Anruf
   *[other] { $count } Anrufe
}
calls-ui-none = Im Moment müssen Sie niemanden anrufen.
calls-ui-dial = anrufen
calls-ui-about = Darum geht es
calls-ui-kind-session-reminder = Erinnerung an den Kurs
calls-ui-kind-booking-promoted = Ein Platz von der Warte·liste ist frei
calls-ui-kind-session-rescheduled = Der Kurs ist zu einer neuen Zeit
calls-ui-kind-session-cancelled = Der Kurs fällt aus
calls-ui-kind-interest-matched = Ein neuer Kurs passt zu einem Wunsch
calls-ui-session = Kurs
calls-ui-language = Sprache
calls-ui-code = Buchungs·code
calls-ui-attempts-label = Bis jetzt
calls-ui-attempts = { $count ->
    [one] 1 Anruf, niemand war da
   *[other] { $count } Anrufe, niemand war da
}
calls-ui-script = Das sagen Sie
calls-ui-result-label = Wie war der Anruf bei { $name }?
calls-ui-reached = Erreicht
calls-ui-not-reached = Nicht erreicht
calls-ui-left-message = Nachricht hinterlassen
calls-ui-recorded-reached = Eingetragen: { $name } erreicht.
calls-ui-recorded-not-reached = Eingetragen: { $name } nicht erreicht. Die Karte bleibt in der Liste. Rufen Sie später noch einmal an.
calls-ui-recorded-left-message = Eingetragen: Nachricht für { $name } hinterlassen.
