# An der Tür und danach: einchecken, ohne Anmeldung dazukommen, Papier-Listen eintragen.
# Nur die Team-App lädt diese Datei.

doors-nav = An der Tür
doors-title = An der Tür
doors-intro = Wählen Sie den Kurs von heute. Dort checken Sie Teilnehmende mit ihrem Buchungscode ein und zählen Menschen ohne Anmeldung.
doors-today = Heute
doors-today-none = Heute findet kein Kurs statt.
doors-earlier = Die letzten zwei Wochen
doors-back = Zurück zur Kurswahl
doors-back-to-door = Zurück zum Einchecken
doors-check-in-title = Einchecken: { $title }
doors-present = { $count ->
    [0] Noch niemand ist da
    [one] 1 Person ist da
   *[other] { $count } Personen sind da
}
doors-code-label = Buchungscode
doors-code-hint = Zum Beispiel K7P-4MN. Klein- oder großgeschrieben, mit oder ohne Strich.
doors-code-empty = Bitte geben Sie einen Buchungscode ein.
doors-check-in = Einchecken
doors-scan = Mit der Kamera scannen
doors-scan-stop = Scannen beenden
doors-scan-failed = Die Kamera ließ sich nicht öffnen. Bitte tippen Sie den Code ein.
doors-checked-in = { $name } ist eingecheckt.
doors-walk-in-title = Ohne Anmeldung gekommen
doors-walk-in-hint = Vorname und Stadtteil genügen. Jede Person wird einmal gezählt.
doors-first-name = Vorname
doors-district = Stadtteil
doors-district-optional = Stadtteil (wenn angegeben)
doors-district-choose = Stadtteil wählen
doors-district-none = nicht angegeben
doors-walk-in-add = Person dazuzählen
doors-walked-in = { $name } ist dazugezählt.
doors-expected-title = Angemeldet
doors-expected-none = Für diesen Kurs ist niemand angemeldet.
doors-drop-in-note = Offene Sprechstunde: Hier meldet sich niemand an. Zählen Sie alle, die kommen, oben ohne Anmeldung.
doors-here = ist da
doors-not-yet = noch nicht da
doors-walk-ins-title = Ohne Anmeldung
doors-source-door = an der Tür
doors-source-paper = von der Papierliste
doors-sheet-link = Papierliste und Feedback-Karte drucken
doors-paper-link = Papierliste und Karten eintragen
doors-sheet-title = Anwesenheitsliste
doors-sheet-hint = Für den Fall, dass das Tablet nicht geht: Drucken Sie die Liste und die Feedback-Karte aus.
doors-print = Drucken
doors-sheet-caption = Bitte tragen Sie sich ein.
doors-sheet-name = Name
doors-sheet-district = Stadtteil
doors-sheet-here = Unterschrift
doors-card-title = Wie war der Kurs?
doors-card-rating-question = Kreuzen Sie ein Gesicht an.
doors-card-helped-question = Hat Ihnen der Kurs geholfen?
doors-rating-1 = sehr schlecht
doors-rating-2 = schlecht
doors-rating-3 = es geht
doors-rating-4 = gut
doors-rating-5 = sehr gut
doors-helped-yes = Ja
doors-helped-partly = Teilweise
doors-helped-no = Nein
doors-paper-title = Papier eintragen: { $title }
doors-paper-lines-title = Zeilen der Anwesenheitsliste
doors-paper-lines-hint = Tippen Sie einen Namen ab. Ähnliche Anmeldungen werden vorgeschlagen; Sie entscheiden, ob es dieselbe Person ist.
doors-paper-name = Name auf der Liste
doors-paper-name-empty = Bitte tippen Sie den Namen von der Liste ab.
doors-paper-find = Weiter
doors-proposals-title = Wer ist „{ $name }“?
doors-proposals-hint = Ist das eine dieser angemeldeten Personen?
doors-proposals-none = Keine ähnliche Anmeldung gefunden.
doors-proposal-confirm = Das ist { $name } (Buchung { $code })
doors-proposal-attended = Schon eingecheckt.
doors-proposal-keep-apart = Andere Person: ohne Anmeldung zählen
doors-cards-title = Feedback-Karten
doors-cards-count = { $count ->
    [0] Noch keine Karte eingetragen.
    [one] 1 Karte eingetragen.
   *[other] { $count } Karten eingetragen.
}
doors-card-save = Karte speichern
doors-card-saved = Die Karte ist gespeichert.
doors-feedback-from-paper = davon von Papier-Karten
doors-plan-format = Art des Kurses
doors-plan-booked = Mit Anmeldung und festen Plätzen
doors-plan-drop-in = Offene Sprechstunde
doors-plan-drop-in-hint = Ohne Anmeldung, ohne Plätze, ohne Warteliste: Wer kommt, wird an der Tür gezählt.
doors-problem-already-checked-in = Diese Person ist schon eingecheckt.
doors-problem-check-in-not-yet = Einchecken geht ab einer Stunde vor Beginn.
doors-problem-unknown-walk-in = Diese Person ohne Anmeldung gibt es bei diesem Kurs nicht.
doors-problem-no-booking-needed = Für diese offene Sprechstunde braucht man keine Anmeldung. Kommen Sie einfach vorbei.
