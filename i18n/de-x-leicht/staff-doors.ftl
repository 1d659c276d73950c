# An der Tür und danach. In Leichter Sprache.
# Nur die Team-App lädt diese Datei.

doors-nav = An der Tür
doors-title = An der Tür
doors-intro = Wählen Sie den Kurs von heute. Dort können Sie Menschen mit Buchungs·code einchecken. Sie können auch Menschen ohne Anmeldung zählen.
doors-today = Heute
doors-today-none = Heute gibt es keinen Kurs.
doors-earlier = Die letzten 2 Wochen
doors-back = Zurück zu den Kursen
doors-back-to-door = Zurück zum Einchecken
doors-check-in-title = Einchecken: { $title }
doors-present = { $count ->
    [0] Noch niemand ist da
    [one] 1 Person ist da
   *[other] { $count } Personen sind da
}
doors-code-label = Buchungs·code
doors-code-hint = Zum Beispiel: K7P-4MN. Groß oder klein ist egal. Der Strich ist auch egal.
doors-code-empty = Bitte schreiben Sie einen Buchungs·code.
doors-check-in = Einchecken
doors-scan = Mit der Kamera scannen
doors-scan-stop = Scannen beenden
doors-scan-failed = Die Kamera geht nicht. Bitte schreiben Sie den Code.
doors-checked-in = { $name } ist eingecheckt.
doors-walk-in-title = Ohne Anmeldung gekommen
doors-walk-in-hint = Vor·name und Stadt·teil reichen. Wir zählen jede Person nur 1 Mal.
doors-first-name = Vor·name
doors-district = Stadt·teil
doors-district-optional = Stadt·teil (wenn bekannt)
doors-district-choose = Stadt·teil wählen
doors-district-none = nicht bekannt
doors-walk-in-add = Person zählen
doors-walked-in = { $name } ist gezählt.
doors-expected-title = Angemeldet
doors-expected-none = Niemand ist für diesen Kurs angemeldet.
doors-drop-in-note = Offene Sprech·stunde. Hier meldet sich niemand an. Zählen Sie alle Menschen oben bei: Ohne Anmeldung gekommen.
doors-here = ist da
doors-not-yet = noch nicht da
doors-walk-ins-title = Ohne Anmeldung
doors-source-door = an der Tür
doors-source-paper = von der Papier·liste
doors-sheet-link = Papier·liste und Karte drucken
doors-paper-link = Papier·liste und Karten eintragen
doors-sheet-title = Anwesenheits·liste
doors-sheet-hint = Vielleicht geht das Tablet nicht. Dann drucken Sie die Liste und die Karte.
doors-print = Drucken
doors-sheet-caption = Bitte schreiben Sie Ihren Namen auf.
doors-sheet-name = Name
doors-sheet-district = Stadt·teil
doors-sheet-here = Unterschrift
doors-card-title = Wie war der Kurs?
doors-card-rating-question = Machen Sie ein Kreuz bei einem Gesicht.
doors-card-helped-question = Hat Ihnen der Kurs geholfen?
doors-rating-1 = sehr schlecht
doors-rating-2 = schlecht
doors-rating-3 = mittel
doors-rating-4 = gut
doors-rating-5 = sehr gut
doors-helped-yes = Ja
doors-helped-partly = Ein bisschen
doors-helped-no = Nein
doors-paper-title = Papier eintragen: { $title }
doors-paper-lines-title = Namen von der Liste
doors-paper-lines-hint = Schreiben Sie 1 Namen ab. Wir zeigen ähnliche Anmeldungen. Sie entscheiden: Ist das die gleiche Person?
doors-paper-name = Name auf der Liste
doors-paper-name-empty = Bitte schreiben Sie den Namen von der Liste ab.
doors-paper-find = Weiter
doors-proposals-title = Wer ist „{ $name }“?
doors-proposals-hint = Ist das eine von diesen Personen?
doors-proposals-none = Wir haben keine ähnliche Anmeldung gefunden.
doors-proposal-confirm = Das ist { $name } (Buchung { $code })
doors-proposal-attended = Ist schon eingecheckt.
doors-proposal-keep-apart = Andere Person. Ohne Anmeldung zählen.
doors-cards-title = Feedback·karten
doors-cards-count = { $count ->
    [0] Noch keine Karte eingetragen.
    [one] 1 Karte eingetragen.
   *[other] { $count } Karten eingetragen.
}
doors-card-save = Karte speichern
doors-card-saved = Die Karte ist gespeichert.
doors-feedback-from-paper = davon von Papier·karten
doors-plan-format = Art vom Kurs
doors-plan-booked = Mit Anmeldung und Plätzen
doors-plan-drop-in = Offene Sprech·stunde
doors-plan-drop-in-hint = Keine Anmeldung. Keine Plätze. Keine Warte·liste. Wir zählen alle an der Tür.
doors-problem-already-checked-in = Diese Person ist schon eingecheckt.
doors-problem-check-in-not-yet = Einchecken geht erst 1 Stunde vor dem Beginn.
doors-problem-unknown-walk-in = Diese Person war nicht bei diesem Kurs.
doors-problem-no-booking-needed = Das ist eine offene Sprech·stunde. Sie müssen sich nicht anmelden. Kommen Sie einfach.
