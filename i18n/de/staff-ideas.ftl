# The ideas store (Ideenspeicher) and the call list in the staff app.

ideas-ui-work-nav = Ideen
ideas-ui-work-title = Ideen: Arbeitsgruppe
ideas-ui-work-intro = Alle Ideen nach ihrem Stand. Eine neue Idee kommt zuerst in die Prüfung. Danach entscheidet die Arbeitsgruppe: Pilotprojekt, für später im Ideenspeicher aufheben, mit einer anderen Idee zusammenlegen oder nicht weiterverfolgen. Die Begründung steht öffentlich bei der Idee: Schreiben Sie sie in einfachen Worten.
ideas-ui-work-empty = Keine Idee in diesem Stand.
ideas-ui-office-more = Ideen und Anrufe
ideas-ui-start-assessment = In die Prüfung nehmen
ideas-ui-assessment-started = Die Idee „{ $name }“ ist jetzt in Prüfung.
ideas-ui-decide = Entscheiden
ideas-ui-decide-title = Wie entscheidet die Arbeitsgruppe?
ideas-ui-decide-legend = Entscheidung
ideas-ui-decide-pilot = Als Pilotprojekt auswählen
ideas-ui-decide-kept = Im Ideenspeicher für später aufheben
ideas-ui-decide-merged = Mit einer anderen Idee zusammenlegen
ideas-ui-decide-not-pursued = Nicht weiterverfolgen
ideas-ui-into-label = Mit welcher Idee?
ideas-ui-into-choose = Bitte eine Idee wählen
ideas-ui-reason-label = Begründung
ideas-ui-reason-hint = In einfachen Worten, in wenigen Sätzen. Alle können die Begründung bei der Idee lesen.
ideas-ui-decide-submit = Entscheidung speichern
ideas-ui-decided = Die Entscheidung zur Idee „{ $name }“ ist gespeichert.

calls-ui-nav = Anrufliste
calls-ui-title = Anrufliste
calls-ui-intro = Diese Menschen haben keine E-Mail-Adresse angegeben, aber eine Telefonnummer. Rufen Sie an und sagen Sie die Nachricht in ihrer Sprache. Tragen Sie danach ein, wie der Anruf war.
calls-ui-count = { $count ->
    [0] Keine Anrufe
    [one] 1 Anruf
   *[other] { $count } Anrufe
}
calls-ui-none = Im Moment muss niemand angerufen werden.
calls-ui-dial = anrufen
calls-ui-about = Worum es geht
calls-ui-kind-session-reminder = Erinnerung an den Kurs
calls-ui-kind-booking-promoted = Ein Platz von der Warteliste ist frei
calls-ui-kind-session-rescheduled = Der Kurs hat eine neue Zeit
calls-ui-kind-session-cancelled = Der Kurs fällt aus
calls-ui-kind-interest-matched = Ein neuer Kurs passt zu einem Wunsch
calls-ui-session = Kurs
calls-ui-language = Sprache
calls-ui-code = Buchungscode
calls-ui-attempts-label = Bisher
calls-ui-attempts = { $count ->
    [one] 1 Anruf ohne Erfolg
   *[other] { $count } Anrufe ohne Erfolg
}
calls-ui-script = Was Sie sagen
calls-ui-result-label = Wie war der Anruf bei { $name }?
calls-ui-reached = Erreicht
calls-ui-not-reached = Nicht erreicht
calls-ui-left-message = Nachricht hinterlassen
calls-ui-recorded-reached = Eingetragen: { $name } erreicht.
calls-ui-recorded-not-reached = Eingetragen: { $name } nicht erreicht. Die Karte bleibt in der Liste. Versuchen Sie es später noch einmal.
calls-ui-recorded-left-message = Eingetragen: Nachricht für { $name } hinterlassen.
