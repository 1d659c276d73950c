# The ideas store (Ideenspeicher) and the call list in the staff app.

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
