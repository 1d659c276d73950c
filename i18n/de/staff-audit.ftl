# Bereich für die Prüfung: Bericht zu jedem Zeitpunkt, Ereignisprotokoll, Prüfung der Hash-Kette, Downloads.
# Nur die Team-App lädt diese Datei.

audit-nav-report = Bericht
audit-nav-log = Ereignisprotokoll
audit-nav-office = Prüfung
audit-moment = { $date } { $year }, { $time } Uhr
audit-month = { $month } { $year }
audit-unknown = unbekannt

audit-report-title = Programmbericht
audit-report-as-of = Stand: { $when }
audit-report-intro = Der Bericht wird aus allen Ereignissen bis zu diesem Zeitpunkt neu berechnet. Sie können auch einen früheren Zeitpunkt wählen.
audit-as-of-legend = Stand des Berichts
audit-as-of-date = Datum
audit-as-of-time = Uhrzeit
audit-as-of-submit = Bericht anzeigen
audit-as-of-now = Zum aktuellen Stand
audit-as-of-error = Geben Sie ein Datum und eine Uhrzeit ein.
audit-totals-title = Auf einen Blick
audit-totals-caption = Alle Kurse, Stand: { $when }
audit-events-included = Berücksichtigt sind alle Ereignisse bis Position { $position }.
audit-report-anchor = Anker dieses Berichts (Position:Hash), um später zu prüfen, dass das Protokoll ihn noch enthält:
audit-figures-note = Teilnahmequote: Anteil der Gekommenen an allen, deren Anwesenheit eingetragen ist. Bewertung: Mittelwert von 1 (schlecht) bis 5 (sehr gut). „Hat geholfen“: Anteil der Rückmeldungen mit „Ja“.
audit-col-figure = Kennzahl
audit-col-value = Wert
audit-col-registrations = Anmeldungen
audit-col-waitlisted = Davon Warteliste
audit-col-cancelled = Abgemeldet
audit-col-attended = Gekommen
audit-col-no-shows = Nicht gekommen
audit-col-attendance-rate = Teilnahmequote
audit-col-feedback = Rückmeldungen
audit-col-rating = Mittlere Bewertung
audit-col-helped = „Hat geholfen“
audit-col-walk-ins = Ohne Anmeldung gekommen
audit-col-people-came = Gekommen, zusammen
audit-col-source = Quelle der Eintragung
audit-col-month = Monat
audit-col-topic = Thema
audit-col-district = Stadtteil
audit-col-channel = Weg der Anmeldung
audit-col-entries = Einsätze
audit-col-people = Erreichte Menschen
audit-col-minutes = Minuten
audit-col-field = Handlungsfeld
audit-col-ideas = Ideen
audit-col-total = Zusammen
audit-by-month = Nach Monat
audit-by-topic = Nach Thema
audit-by-district = Nach Stadtteil
audit-by-channel = Nach Weg der Anmeldung
audit-by-source = Nach Quelle der Eintragung
audit-outreach-title = Einsätze der Botschafter*innen nach Stadtteil und Monat
audit-ideas-title = Ideen nach Handlungsfeld und Stand
audit-chart-title = { $group }: { $figure }
audit-chart-desc = Balkendiagramm. Dieselben Zahlen stehen in der Tabelle: { $values }
audit-table-caption = { $group }: alle Zahlen
audit-none = Bis zu diesem Zeitpunkt gibt es dazu keine Zahlen.
audit-channel-web = Internet
audit-channel-phone = Telefon
audit-channel-in-person = Vor Ort
audit-channel-ambassador = Botschafter*in
audit-channel-walk-in = Ohne Anmeldung
audit-source-online = Im Internet mit Buchungscode
audit-source-roster = Anwesenheitsliste des Programmbüros
audit-source-door = An der Tür (Check-in)
audit-source-paper = Von Papier nachgetragen
audit-source-note = Gekommen: Menschen mit Anmeldung. Ohne Anmeldung: Menschen, die einfach gekommen sind. Rückmeldungen von Papier sind Smiley-Karten ohne Namen; sie zählen in den Gruppen nach Monat, Thema und Stadtteil mit, aber nicht beim Weg der Anmeldung.
audit-downloads-title = Herunterladen
audit-download-csv = Bericht als CSV-Datei (Stand: { $when })
audit-download-jsonl = Ganzes Ereignisprotokoll als JSON-Lines-Datei
audit-to-log = Ereignisprotokoll ansehen und prüfen

audit-log-title = Ereignisprotokoll
audit-log-title-page = Ereignisprotokoll ab Position { $position }
audit-log-intro = Alle Ereignisse in der Reihenfolge, in der sie gespeichert wurden. Persönliche Angaben sind durch Pseudonyme ersetzt.
audit-filter-title = Filtern
audit-label-type = Art des Ereignisses
audit-hint-type = Zum Beispiel ParticipantRegistered
audit-label-stream = Datenstrom
audit-hint-stream = Der Anfang der Kennung, zum Beispiel session-
audit-label-from = Gespeichert ab (Datum)
audit-label-to = Gespeichert bis (Datum)
audit-label-channel = Kanal
audit-hint-channel = Zum Beispiel web, phone, ambassador oder system
audit-label-actor = Ausgelöst von
audit-hint-actor = Zum Beispiel resident, system oder account: mit Kennung
audit-filter-submit = Filter anwenden
audit-filter-reset = Alle Filter entfernen
audit-events-title = Ereignisse
audit-log-count = { $count ->
    [0] Keine Ereignisse passen zu diesen Filtern.
    [one] 1 Ereignis auf dieser Seite.
   *[other] { $count } Ereignisse auf dieser Seite.
}
audit-pagination = Seiten des Protokolls
audit-page-previous = Vorherige Seite
audit-page-next = Nächste Seite
audit-event-heading = Position { $position }: { $type }
audit-label-time = Gespeichert
audit-label-schema = Schema-Version
audit-label-hash = Hash
audit-label-data = Daten (Pseudonyme statt persönlicher Angaben)
audit-stream-version = (Version { $version })
audit-event-details = Daten und vollständiger Hash von Position { $position }
audit-verify-title = Hash-Kette prüfen
audit-verify-text = Jedes Ereignis trägt einen Hash, der das vorige einschließt. Die Prüfung rechnet die ganze Kette nach und findet jede Änderung, Lücke oder Umstellung.
audit-verify-button = Protokoll prüfen
audit-verify-running = Die Prüfung läuft …
audit-verify-intact = Unversehrt: { $count ->
    [one] 1 Ereignis geprüft.
   *[other] { $count } Ereignisse geprüft.
}
audit-verify-head = Letzter Hash:
audit-verify-broken = Nicht unversehrt: { $count } Ereignisse geprüft, { $breaks ->
    [one] 1 Bruchstelle:
   *[other] { $breaks } Bruchstellen:
}
audit-break = Position { $position }: { $kind }
audit-break-edited = verändert
audit-break-missing = fehlt
audit-break-reordered = Reihenfolge vertauscht
audit-break-anchor-differs = geändert, seit ein Prüfer es gesehen hat
audit-break-truncated = abgeschnitten: das Protokoll endet vor dieser Position, die ein Prüfer gesehen hat
audit-break-head-differs = der Protokollkopf nennt einen anderen Hash
