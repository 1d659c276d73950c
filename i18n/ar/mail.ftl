# E-mails the server sends (outbox). Plain text; variables in { $braces }.

mail-signature = مكتب برنامج Teilhabe، مدينة نوردرشتيت

mail-booking-confirmed-subject = حجزك: { $title }

mail-booking-confirmed-body =
    مرحبًا { $name }،

    تم تسجيلك في «{ $title }».
    الموعد: { $when }
    المكان: { $venue }

    رمز الحجز: ⁨{ $code }⁩
    بهذا الرمز يمكنك رؤية حجزك أو إلغاؤه: { $link }

mail-booking-waitlisted-subject = قائمة الانتظار: { $title }

mail-booking-waitlisted-body =
    مرحبًا { $name }،

    الدورة «{ $title }» في { $when } ممتلئة. أنت في قائمة الانتظار.
    إذا فرغ مكان فهو لك وسنكتب إليك.

    رمز الحجز: ⁨{ $code }⁩
    للعرض أو الإلغاء: { $link }

mail-booking-promoted-subject = أصبح لك مكان: { $title }

mail-booking-promoted-body =
    مرحبًا { $name }،

    خبر سار: لديك الآن مكان في «{ $title }».
    الموعد: { $when }
    المكان: { $venue }

    رمز الحجز: ⁨{ $code }⁩
    للعرض أو الإلغاء: { $link }

mail-session-rescheduled-subject = موعد جديد: { $title }

mail-session-rescheduled-body =
    مرحبًا { $name }،

    تغيّر موعد الدورة «{ $title }».
    الموعد الجديد: { $when }
    المكان: { $venue }

    يبقى حجزك قائمًا. إذا لم يناسبك الموعد الجديد فالرجاء الإلغاء: { $link }

mail-session-cancelled-subject = أُلغيت: { $title }

mail-session-cancelled-body =
    مرحبًا { $name }،

    للأسف أُلغيت الدورة «{ $title }» في { $when }.
    السبب: { $reason }

    دورات أخرى هنا: { $link }

mail-application-approved-subject = مرحبًا بك في فريق السفراء الرقميين

mail-application-approved-body =
    مرحبًا { $name }،

    قبل مكتب البرنامج طلبك. شكرًا لك!
    حدّد الآن كلمة المرور. الرابط يعمل مرة واحدة ولمدة 14 يومًا:
    { $link }

mail-application-declined-subject = طلب الانضمام إلى فريق السفراء الرقميين

mail-application-declined-body =
    مرحبًا { $name }،

    شكرًا على طلبك. قرّر مكتب البرنامج عدم قبوله.
    السبب: { $reason }

    إذا كانت لديك أسئلة فاتصل بنا.

# Reminders, and what to say when calling residents who gave a phone number.

mail-session-reminder-subject = تذكير: { $title } في { $when }

mail-session-reminder-body =
    مرحبًا { $name }،

    نذكّرك بدورتك «{ $title }».
    الموعد: { $when }
    المكان: { $venue }

    رمز الحجز: ⁨{ $code }⁩
    لا تستطيع الحضور؟ الرجاء الإلغاء: { $link }

call-session-reminder = مرحبًا، معك مكتب برنامج Teilhabe. أتصل بخصوص دورتك «{ $title }» في { $when } في { $venue }. هل ستحضر؟ إن لم تحضر فسألغي المكان لك.

call-booking-promoted = مرحبًا، معك مكتب برنامج Teilhabe. خبر سار: أصبح لك مكان في «{ $title }» في { $when }. هل تود الحضور؟

call-session-rescheduled = مرحبًا، معك مكتب برنامج Teilhabe. للدورة «{ $title }» موعد جديد: { $when }. هل يناسبك الموعد الجديد؟

call-session-cancelled = مرحبًا، معك مكتب برنامج Teilhabe. للأسف أُلغيت الدورة «{ $title }» في { $when }. السبب: { $reason }. هل أقترح عليك دورة أخرى؟

# رسائل للطباعة (مكتب البرنامج).

letter-sender = مدينة نوردرشتيت · مكتب برنامج Teilhabe · Rathausallee 50 · 22846 Norderstedt
letter-date = نوردرشتيت، { $date }
letter-code-label = رمز حجزك
letter-code-hint = اعرض هذه الرسالة عند الباب. بالرمز يمكنك أيضًا رؤية حجزك على الإنترنت.
letter-questions = للأسئلة يُرجى الاتصال بنا: ⁨{ $phone }⁩. أوقات الاستقبال: { $hours }

# The interest list ("Sagen Sie mir Bescheid"): a session that fits a wish, by e-mail, letter or call.

mail-interest-matched-subject = دورة جديدة لك: { $title }

mail-interest-matched-body =
    مرحبًا { $name }،

    هناك دورة جديدة تناسب رغبتك: «{ $title }».
    الموعد: { $when }
    المكان: { $venue }

    التسجيل من هنا: { $link }
    لإيقاف الرسائل، يُرجى سحب الرغبة بالرمز أو الاتصال بنا.

call-interest-matched = مرحبًا، معك مكتب برنامج Teilhabe. هناك دورة جديدة تناسب رغبتك: «{ $title }» في { $when }. المكان: { $venue }. هل تود التسجيل؟

# Answers to the interest code (the residents' pages take them over when they show them).

problem-interest-not-found = لا توجد رغبة بهذا الرمز في قائمتنا. يُرجى التحقق من الرمز.
problem-interest-withdrawn = تم سحب هذه الرغبة بالفعل.
problem-interest-notified = تم إبلاغك بهذه الدورة بالفعل.
problem-interest-not-notified = لم يتم إبلاغك بهذه الدورة.
