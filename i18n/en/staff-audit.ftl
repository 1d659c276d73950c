# Audit area: the report as of any instant, the event log, the hash chain check, downloads.
# Only the staff app loads this file.

audit-nav-report = Report
audit-nav-log = Event log
audit-nav-office = Audit
audit-moment = { $date } { $year }, { $time }
audit-month = { $month } { $year }
audit-unknown = unknown

audit-report-title = Programme report
audit-report-as-of = As of { $when }
audit-report-intro = The report is recalculated from all events up to this moment. You can also choose an earlier moment.
audit-as-of-legend = Report as of
audit-as-of-date = Date
audit-as-of-time = Time
audit-as-of-submit = Show report
audit-as-of-now = Back to the current state
audit-as-of-error = Enter a date and a time.
audit-totals-title = At a glance
audit-totals-caption = All courses, as of { $when }
audit-events-included = All events up to position { $position } are included.
audit-report-anchor = This report's anchor (position:hash), for checking later that the log still holds it:
audit-figures-note = Attendance rate: share of people who came among everyone whose attendance was recorded. Rating: mean from 1 (poor) to 5 (very good). “It helped”: share of feedback answering “yes”.
audit-col-figure = Figure
audit-col-value = Value
audit-col-registrations = Registrations
audit-col-waitlisted = Of which waiting list
audit-col-cancelled = Cancelled
audit-col-attended = Came
audit-col-no-shows = Did not come
audit-col-attendance-rate = Attendance rate
audit-col-feedback = Feedback
audit-col-rating = Mean rating
audit-col-helped = “It helped”
audit-col-walk-ins = Came without booking
audit-col-people-came = Came, in all
audit-col-source = Where it was recorded
audit-col-month = Month
audit-col-topic = Topic
audit-col-district = District
audit-col-channel = How they registered
audit-col-entries = Outreach entries
audit-col-people = People reached
audit-col-minutes = Minutes
audit-col-field = Field of action
audit-col-ideas = Ideas
audit-col-total = Total
audit-by-month = By month
audit-by-topic = By topic
audit-by-district = By district
audit-by-channel = By how people registered
audit-by-source = By where it was recorded
audit-outreach-title = Ambassadors’ outreach by district and month
audit-ideas-title = Ideas by field of action and state
audit-chart-title = { $group }: { $figure }
audit-chart-desc = Bar chart. The table gives the same figures: { $values }
audit-table-caption = { $group }: all figures
audit-none = There are no figures for this up to this moment.
audit-channel-web = Online
audit-channel-phone = Phone
audit-channel-in-person = In person
audit-channel-ambassador = Ambassador
audit-channel-walk-in = Without booking
audit-source-online = Online with the booking code
audit-source-roster = Programme office's attendance list
audit-source-door = At the door (check-in)
audit-source-paper = Typed in from paper
audit-source-note = Came: people with a booking. Without booking: people who just came. Feedback from paper is smiley cards without names; it counts in the groups by month, topic and district, but not by way of registering.
audit-downloads-title = Downloads
audit-download-csv = Report as a CSV file (as of { $when })
audit-download-jsonl = The whole event log as a JSON Lines file
audit-to-log = View and verify the event log

audit-log-title = Event log
audit-log-title-page = Event log from position { $position }
audit-log-intro = Every event in the order it was stored. Personal data is replaced by pseudonyms.
audit-filter-title = Filter
audit-label-type = Event type
audit-hint-type = For example ParticipantRegistered
audit-label-stream = Stream
audit-hint-stream = The start of its id, for example session-
audit-label-from = Stored from (date)
audit-label-to = Stored until (date)
audit-label-channel = Channel
audit-hint-channel = For example web, phone, ambassador or system
audit-label-actor = Triggered by
audit-hint-actor = For example resident, system or account: with an id
audit-filter-submit = Apply filters
audit-filter-reset = Remove all filters
audit-events-title = Events
audit-log-count = { $count ->
    [0] No events match these filters.
    [one] 1 event on this page.
   *[other] { $count } events on this page.
}
audit-pagination = Pages of the log
audit-page-previous = Previous page
audit-page-next = Next page
audit-event-heading = Position { $position }: { $type }
audit-label-time = Stored
audit-label-schema = Schema version
audit-label-hash = Hash
audit-label-data = Data (pseudonyms instead of personal data)
audit-stream-version = (version { $version })
audit-event-details = Data and full hash of position { $position }
audit-verify-title = Verify the hash chain
audit-verify-text = Every event carries a hash that includes the one before. The check recalculates the whole chain and finds any change, gap or reordering.
audit-verify-button = Verify the log
audit-verify-running = Verifying …
audit-verify-intact = Intact: { $count ->
    [one] 1 event checked.
   *[other] { $count } events checked.
}
audit-verify-head = Head hash:
audit-verify-broken = Not intact: { $count } events checked, { $breaks ->
    [one] 1 break:
   *[other] { $breaks } breaks:
}
audit-break = Position { $position }: { $kind }
audit-break-edited = edited
audit-break-missing = missing
audit-break-reordered = out of order
audit-break-anchor-differs = changed since an auditor saw it
audit-break-truncated = cut off: the log ends before this position, which an auditor saw
audit-break-head-differs = the log head names another hash
