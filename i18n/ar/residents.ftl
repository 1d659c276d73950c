# صفحات للمواطنين: البداية، الدورات، التسجيل، الحجز.
start-title = مرحبًا بك في Teilhabe
start-intro = تجد هنا دورات مجانية حول الهاتف الذكي والإنترنت والحاسوب. الدورات قريبة منك. لا تحتاج إلى معرفة سابقة.
start-choose = ماذا تريد أن تفعل؟
start-find = البحث عن دورة
start-find-hint = عرض كل الدورات والتسجيل فيها
start-booking = حجزي
start-booking-hint = عرض الحجز أو إلغاؤه برمزك
start-help = المساعدة عبر الهاتف أو شخصيًا
start-help-hint = يسعدنا مساعدتك شخصيًا

topic-smartphone-basics = الهاتف الذكي: الخطوات الأولى
topic-video-calls = مكالمات الفيديو مع العائلة
topic-online-banking = الخدمات المصرفية عبر الإنترنت بأمان
topic-town-hall-online = البلدية على الإنترنت
topic-photos = التصوير بالهاتف الذكي
topic-spotting-scams = كشف الاحتيال على الإنترنت

finder-title = البحث عن دورة
finder-intro = كل الدورات مجانية. اختر دورة.
finder-empty = لا توجد دورات في الوقت الحالي. يُرجى العودة قريبًا أو الاتصال بنا.

finder-filter-hint = اختر ما يهمك. يمكنك الضغط على أكثر من زر.
finder-filter-topic = الموضوع
finder-filter-district = الحي
finder-filter-day = يوم الأسبوع
finder-filter-reset = عرض كل الدورات
finder-count = { $count ->
    [0] لا توجد دورة مناسبة.
    [one] دورة واحدة مناسبة.
    [two] دورتان مناسبتان.
    [few] { $count } دورات مناسبة.
    [many] { $count } دورةً مناسبةً.
   *[other] { $count } دورة مناسبة.
}
finder-no-match = لا توجد دورة تناسب اختيارك. اضغط على «عرض كل الدورات» أو اختر شيئًا آخر.

session-when = متى
session-where = أين
session-seats = الأماكن
session-seats-left = { $count ->
    [0] لا توجد أماكن شاغرة
    [one] مكان واحد شاغر
    [two] مكانان شاغران
    [few] { $count } أماكن شاغرة
    [many] { $count } مكانًا شاغرًا
   *[other] { $count } مكان شاغر
}
session-full-note = هذه الدورة ممتلئة. يمكنك التسجيل في قائمة الانتظار. إذا أصبح مكان شاغرًا، فسيكون لك تلقائيًا.
session-register = سجّل الآن
session-waitlist = التسجيل في قائمة الانتظار

register-name-title = ما اسمك؟
register-name-hint = الاسم الأول واسم العائلة
register-name-error-empty = يُرجى كتابة اسمك.
register-name-error-too-long = الاسم طويل جدًا. يُرجى اختصاره إلى 100 حرف.
register-name-error-invalid = يحتوي الاسم على رموز لا يمكننا حفظها.
register-contact-title = كيف يمكننا التواصل معك؟
register-contact-hint = في حال تغيّر شيء في الدورة.
register-contact-phone = عبر الهاتف
register-contact-email = عبر البريد الإلكتروني
register-contact-none = لا داعي، سأحضر ببساطة
register-contact-error-choose = يُرجى اختيار طريقة التواصل معك.
register-phone-label = رقم هاتفك
register-phone-error-empty = يُرجى كتابة رقم هاتفك.
register-phone-error-invalid = يُرجى كتابة رقم الهاتف بالأرقام فقط، مثلًا 040 123456.
register-email-label = عنوان بريدك الإلكتروني
register-email-error-empty = يُرجى كتابة عنوان بريدك الإلكتروني.
register-email-error-invalid = يُرجى كتابة عنوان البريد الإلكتروني هكذا: name@beispiel.de
register-check-title = يُرجى التحقق من بياناتك
register-check-course = الدورة
register-check-name = الاسم
register-check-contact = التواصل
register-check-change = تغيير
register-check-submit = تأكيد التسجيل
register-check-submitting = جارٍ الإرسال …

confirm-title-confirmed = تم تسجيلك
confirm-title-waitlisted = أنت في قائمة الانتظار
confirm-waitlist-position = رقمك في قائمة الانتظار هو { $position }. إذا أصبح مكان شاغرًا، فسيكون لك تلقائيًا.
confirm-code-label = رمز حجزك
confirm-code-note = يُرجى تدوين هذا الرمز. بهذا الرمز يمكنك عرض حجزك أو إلغاؤه.
confirm-to-booking = عرض حجزي
confirm-print = طباعة التأكيد
confirm-print-help = هل لديك أسئلة؟ اتصل بنا: { $phone }
confirm-calendar = إضافة إلى التقويم
confirm-calendar-description = رمز حجزك: { $code }. للأسئلة، الهاتف: { $phone }

booking-title = حجزي
booking-code-label = رمز حجزك
booking-code-hint = الرمز مكتوب في تأكيد تسجيلك، مثلًا K7P-4WM.
booking-code-error-empty = يُرجى كتابة رمز حجزك.
booking-code-error-invalid = يتكوّن رمز الحجز من 6 رموز، مثلًا K7P-4WM.
booking-find = عرض الحجز
booking-status-confirmed = مكانك مؤكَّد.
booking-status-waitlisted = أنت في قائمة الانتظار، ورقمك { $position }.
booking-status-cancelled = هذا الحجز ملغى.
booking-for = المسجَّل
booking-cancel = إلغاء المكان
booking-cancel-title = هل تريد الإلغاء فعلًا؟
booking-cancel-text = سيذهب مكانك عندها إلى الشخص التالي في قائمة الانتظار.
booking-cancel-yes = نعم، إلغاء
booking-cancel-no = لا، أحتفظ بمكاني
booking-cancelled-title = تم إلغاء حجزك
booking-cancelled-text = يؤسفنا أنك لا تستطيع الحضور. يمكنك التسجيل في دورة أخرى في أي وقت.
