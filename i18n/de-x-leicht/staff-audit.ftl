# Leichte Sprache: Bereich für die Prüfung. Kurze Sätze, ein Gedanke pro Satz.
# Nur die Team-App lädt diese Datei.

audit-nav-report = Bericht
audit-nav-log = Liste der Ereignisse
audit-nav-office = Prüfung
audit-moment = { $date } { $year }, { $time } Uhr
audit-month = { $month } { $year }
audit-unknown = nicht bekannt

audit-report-title = Bericht über das Programm
audit-report-as-of = So war es am: { $when }
audit-report-intro = Der Bericht zählt alle Ereignisse bis zu dieser Zeit. Sie können auch eine frühere Zeit wählen.
audit-as-of-legend = Zeit für den Bericht
audit-as-of-date = Datum
audit-as-of-time = Uhr·zeit
audit-as-of-submit = Bericht zeigen
audit-as-of-now = Bericht für jetzt zeigen
audit-as-of-error = Schreiben Sie ein Datum und eine Uhr·zeit.
audit-totals-title = Das Wichtigste
audit-totals-caption = Alle Kurse. Stand: { $when }
audit-events-included = Gezählt sind alle Ereignisse bis Nummer { $position }.
audit-report-anchor = Anker von diesem Bericht (Position:Hash). Damit kann man später prüfen: Das Protokoll ist noch vollständig.
audit-figures-note = Teilnahme: So viele Menschen sind gekommen. Wir zählen nur Menschen, bei denen wir das wissen. Bewertung: 1 ist schlecht. 5 ist sehr gut. Hat geholfen: So viele haben „Ja“ gesagt.
audit-col-figure = Was
audit-col-value = Zahl
audit-col-registrations = Anmeldungen
audit-col-waitlisted = Davon auf der Warte·liste
audit-col-cancelled = Abgemeldet
audit-col-attended = Gekommen
audit-col-no-shows = Nicht gekommen
audit-col-attendance-rate = Teilnahme
audit-col-feedback = Rück·meldungen
audit-col-rating = Bewertung im Mittel
audit-col-helped = „Hat geholfen“
audit-col-walk-ins = Ohne Anmeldung gekommen
audit-col-people-came = Alle Menschen, die gekommen sind
audit-col-source = Woher die Angabe kommt
audit-col-month = Monat
audit-col-topic = Thema
audit-col-district = Stadt·teil
audit-col-channel = Wie angemeldet
audit-col-entries = Einsätze
audit-col-people = Erreichte Menschen
audit-col-minutes = Minuten
audit-col-field = Bereich
audit-col-ideas = Ideen
audit-col-total = Zusammen
audit-by-month = Nach Monat
audit-by-topic = Nach Thema
audit-by-district = Nach Stadt·teil
audit-by-channel = Nach Art der Anmeldung
audit-by-source = Woher die Angaben kommen
audit-outreach-title = Einsätze von Botschaftern und Botschafterinnen
audit-ideas-title = Ideen nach Bereich und Stand
audit-chart-title = { $group }: { $figure }
audit-chart-desc = Bild mit Balken. Die Zahlen stehen auch in der Tabelle: { $values }
audit-table-caption = { $group }: alle Zahlen
audit-none = Dazu gibt es bis zu dieser Zeit keine Zahlen.
audit-channel-web = Internet
audit-channel-phone = Telefon
audit-channel-in-person = Vor Ort
audit-channel-ambassador = Botschafter oder Botschafterin
audit-channel-walk-in = Ohne Anmeldung
audit-source-online = Im Internet mit dem Buchungs·code
audit-source-roster = Liste vom Programm·büro
audit-source-door = An der Tür
audit-source-paper = Von Papier abgeschrieben
audit-source-note = Gekommen: Diese Menschen haben sich angemeldet. Ohne Anmeldung: Diese Menschen sind einfach so gekommen. Papier: Das sind Karten mit Smileys. Die Karten sind ohne Namen.
audit-downloads-title = Herunter·laden
audit-download-csv = Bericht als Tabelle (CSV). Stand: { $when }
audit-download-jsonl = Alle Ereignisse als Datei (JSON Lines)
audit-to-log = Liste der Ereignisse ansehen und prüfen

audit-log-title = Liste der Ereignisse
audit-log-title-page = Liste der Ereignisse ab Nummer { $position }
audit-log-intro = Hier sehen Sie alle Ereignisse. Das erste Ereignis steht oben. Namen und andere persönliche Angaben sind versteckt.
audit-filter-title = Auswählen
audit-label-type = Art von Ereignis
audit-hint-type = Zum Beispiel ParticipantRegistered
audit-label-stream = Daten·strom
audit-hint-stream = Der Anfang vom Namen. Zum Beispiel session-
audit-label-from = Ab diesem Datum
audit-label-to = Bis zu diesem Datum
audit-label-channel = Weg
audit-hint-channel = Zum Beispiel web, phone, ambassador oder system
audit-label-actor = Wer hat es gemacht?
audit-hint-actor = Zum Beispiel resident, system oder account: mit Nummer
audit-filter-submit = Auswahl zeigen
audit-filter-reset = Alles wieder zeigen
audit-events-title = Ereignisse
audit-log-count = { $count ->
    [0] Kein Ereignis passt.
    [one] 1 Ereignis auf dieser Seite.
   *[other] { $count } Ereignisse auf dieser Seite.
}
audit-pagination = Seiten
audit-page-previous = Seite davor
audit-page-next = Nächste Seite
audit-event-heading = Nummer { $position }: { $type }
audit-label-time = Gespeichert
audit-label-schema = Version vom Schema
audit-label-hash = Prüf·zahl (Hash)
audit-label-data = Daten. Persönliche Angaben sind versteckt.
audit-stream-version = (Version { $version })
audit-event-details = Daten und ganze Prüf·zahl von Nummer { $position }
audit-verify-title = Ereignisse prüfen
audit-verify-text = Jedes Ereignis hat eine Prüf·zahl. Die Prüf·zahl hängt am Ereignis davor. So merken wir jede Änderung.
audit-verify-button = Jetzt prüfen
audit-verify-running = Wir prüfen gerade …
audit-verify-intact = Alles in Ordnung. Unversehrt: { $count ->
    [one] 1 Ereignis geprüft.
   *[other] { $count } Ereignisse geprüft.
}
audit-verify-head = Letzte Prüf·zahl:
audit-verify-broken = Nicht in Ordnung. { $count } Ereignisse geprüft. { $breaks ->
    [one] 1 Fehler:
   *[other] { $breaks } Fehler:
}
audit-break = Nummer { $position }: { $kind }
audit-break-edited = verändert
audit-break-missing = fehlt
audit-break-reordered = an falscher Stelle
audit-break-anchor-differs = geändert. Ein Prüfer hat es anders gesehen.
audit-break-truncated = abgeschnitten. Das Protokoll hört vor dieser Stelle auf. Ein Prüfer hat die Stelle gesehen.
audit-break-head-differs = der Protokoll·kopf passt nicht
