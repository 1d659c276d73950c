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
start-ideas = فكرة من أجل نوردرشتيت
start-ideas-hint = اقرأ الأفكار أو ادعم فكرة أو قدّم فكرتك

topic-smartphone-basics = الهاتف الذكي: الخطوات الأولى
topic-video-calls = مكالمات الفيديو مع العائلة
topic-online-banking = الخدمات المصرفية عبر الإنترنت بأمان
topic-town-hall-online = البلدية على الإنترنت
topic-photos = التصوير بالهاتف الذكي
topic-spotting-scams = كشف الاحتيال على الإنترنت
topic-none = لا يهمني موضوع معيّن

finder-title = البحث عن دورة
finder-intro = كل الدورات مجانية. يُرجى اختيار دورة.
finder-empty = لا توجد دورات في الوقت الحالي. يُرجى العودة قريبًا أو الاتصال بنا.

finder-filter-hint = يُرجى اختيار ما يهمك. يمكن الضغط على أكثر من زر.
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
finder-no-match = لا توجد دورة تناسب اختيارك. يُرجى الضغط على «عرض كل الدورات» أو اختيار شيء آخر.

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
register-phone-error-invalid = يُرجى كتابة رقم الهاتف بالأرقام فقط، مثلًا ⁨040 123456⁩.
register-email-label = عنوان بريدك الإلكتروني
register-email-error-empty = يُرجى كتابة عنوان بريدك الإلكتروني.
register-email-error-invalid = يُرجى كتابة عنوان البريد الإلكتروني هكذا: ⁨name@beispiel.de⁩
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
confirm-print-help = للأسئلة يُرجى الاتصال بنا: ⁨{ $phone }⁩
confirm-calendar = إضافة إلى التقويم
confirm-calendar-description = رمز حجزك: ⁨{ $code }⁩. للأسئلة، الهاتف: ⁨{ $phone }⁩

booking-title = حجزي
booking-code-label = رمز حجزك
booking-code-hint = الرمز مكتوب في تأكيد تسجيلك، مثلًا ⁨K7P‑4WM⁩.
booking-code-error-empty = يُرجى كتابة رمز حجزك.
booking-code-error-invalid = يتكوّن رمز الحجز من 6 رموز، مثلًا ⁨K7P‑4WM⁩.
booking-find = عرض الحجز
booking-status-confirmed = مكانك مؤكَّد.
booking-status-over = انعقدت هذه الدورة بالفعل.
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

register-consent-title = { $kind ->
    [email] هل يمكننا مراسلتك على ⁨{ $contact }⁩ بخصوص هذه الدورة، مثلًا إذا تغيّر فيها شيء؟
   *[phone] هل يمكننا الاتصال بك على الرقم ⁨{ $contact }⁩ بخصوص هذه الدورة، مثلًا إذا تغيّر فيها شيء؟
}
register-consent-title-short = { $kind ->
    [email] هل يمكننا مراسلتك؟
   *[phone] هل يمكننا الاتصال بك؟
}
register-consent-hint = لن نتواصل معك إلا بخصوص هذه الدورة. لا نعطي بياناتك لأي أحد.
register-consent-yes = نعم، يمكنكم ذلك
register-consent-no = لا
register-consent-no-hint = { $kind ->
    [email] عندها لن نحفظ عنوان بريدك الإلكتروني. وإذا تغيّرت الدورة فلن نستطيع إبلاغك.
   *[phone] عندها لن نحفظ رقم هاتفك. وإذا تغيّرت الدورة فلن نستطيع إبلاغك.
}
register-consent-error-choose = يُرجى اختيار «نعم» أو «لا».
register-consent-error-required = يُرجى إخبارنا هل يمكننا الاتصال بك أو مراسلتك بخصوص هذه الدورة.
register-needs-title = هل تحتاج إلى مساعدة في الدورة؟
register-needs-hint = ضع علامة على كل ما تحتاج إليه. يمكنك اختيار أكثر من شيء. إذا لم تكن تحتاج إلى أيٍّ منها، فاضغط ببساطة على «متابعة».
register-check-needs = المساعدة في الدورة
register-check-needs-none = لا شيء

need-hearing-loop = حلقة سمعية لجهاز السمع الخاص بي
need-wheelchair = مكان يمكنني الوصول إليه بالكرسي المتحرك
need-borrow-device = هاتف ذكي أو جهاز لوحي للاستعارة
need-companion = سأحضر معي مرافقًا

booking-feedback-intro = انتهت الدورة. كيف وجدتها؟ رأيك يساعدنا على تحسين الدورات.
booking-feedback-give = أخبرنا كيف كانت

feedback-rating-title = كيف كانت الدورة؟
feedback-rating-hint = يُرجى اختيار الإجابة الأنسب.
feedback-rating-5 = جيدة جدًا
feedback-rating-4 = جيدة
feedback-rating-3 = مقبولة
feedback-rating-2 = سيئة
feedback-rating-1 = سيئة جدًا
feedback-error-rating = يُرجى اختيار تقييمك للدورة.
feedback-helped-title = هل ساعدتك الدورة؟
feedback-helped-yes = نعم
feedback-helped-partly = جزئيًا
feedback-helped-no = لا
feedback-error-helped = يُرجى اختيار «نعم» أو «جزئيًا» أو «لا».
feedback-more-title = في الختام: سؤالان اختياريان
feedback-comment-label = هل تريد أن تخبرنا بشيء آخر؟
feedback-comment-hint = مثلًا ما الذي كان جيدًا أو ما الذي يمكننا تحسينه. 1000 حرف كحد أقصى. يمكنك أيضًا ترك هذا الحقل فارغًا.
feedback-error-comment-too-long = النص طويل جدًا. يُرجى اختصاره إلى 1000 حرف.
feedback-error-comment-invalid = يحتوي النص على رموز لا يمكننا حفظها.
feedback-topic-legend = ما الموضوع الذي تود تعلّمه في المرة القادمة؟
feedback-send = إرسال
feedback-thanks-title = شكرًا جزيلًا على رأيك
feedback-thanks-text = إجاباتك تساعدنا على تحسين الدورات. يسعدنا أن نراك مرة أخرى.

# Erasing one's own data with the booking code (GDPR Art. 17).
problem-already-erased = تم حذف بيانات هذا الحجز بالفعل.
booking-erase = احذف بياناتي
booking-erase-title = هل تريد حذف بياناتك؟
booking-erase-text = نحذف اسمك ورقم هاتفك أو بريدك الإلكتروني وتعليقك. يبقى الحجز محسوباً في إحصاءاتنا، ولكن بدون اسمك. لا يمكن لأحد التراجع عن ذلك.
booking-erase-yes = نعم، احذف بياناتي
booking-erase-no = لا، احتفظ ببياناتي
booking-erased-title = تم حذف بياناتك
booking-erased-text = تم حذف اسمك وبيانات الاتصال بك. حتى نحن لا نستطيع قراءتها بعد الآن.
# Drop-in sessions, the booking code as a QR code, leaving the waitlist.
session-drop-in = ساعة استشارة مفتوحة: تعالَ ببساطة، لا حاجة إلى التسجيل
confirm-qr-alt = رمز QR يحمل رمز حجزك ⁨{ $code }⁩
booking-leave-waitlist = الخروج من قائمة الانتظار
booking-leave-title = هل تريد الخروج من قائمة الانتظار؟
booking-leave-text = لن تحصل عندها على مكان في هذه الدورة. ويتقدّم الآخرون في قائمة الانتظار.
booking-left-title = لم تعد على قائمة الانتظار
