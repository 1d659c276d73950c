# منطقة الفريق: مكتب البرنامج والسفراء الرقميون وطلب الانضمام إليهم.
# يحمّل هذا الملف تطبيق الفريق فقط، وليس تطبيق السكان.

staff-title-suffix = Teilhabe Norderstedt – الفريق
staff-area-name = منطقة الفريق
staff-footer-text = لمكتب البرنامج والسفراء الرقميين في مدينة نوردرشتيت.
staff-footer-residents = إلى صفحات السكان
staff-footer-apply = الانضمام إلى السفراء الرقميين
staff-nav-label = المنطقة
staff-nav-dashboard = منطقتي
staff-nav-outreach = تسجيل نشاط
staff-nav-register = تسجيل شخص
staff-nav-overview = نظرة عامة
staff-nav-applications = الطلبات
staff-nav-sessions = الدورات
staff-nav-account = إنشاء حساب
staff-signed-in-as = مسجّل الدخول: { $name }
staff-logout = تسجيل الخروج
staff-to-my-start = إلى صفحتي الرئيسية
staff-forbidden-title = لا يوجد وصول
staff-forbidden-text = هذه الصفحة لمهمة أخرى في الفريق. لا يمكنك فتحها بحسابك.
staff-auditor-title = حساب التدقيق الخاص بك
staff-auditor-text = بهذا الحساب يمكنك القراءة، لكن لا يمكنك تغيير أي شيء. ستظهر أدوات التدقيق هنا بمجرد تفعيلها.
staff-principles-german-note = المبادئ متوفرة باللغة الألمانية فقط.

staff-need-hearing-loop = حلقة سمعية
staff-need-wheelchair = دخول بالكرسي المتحرك
staff-need-borrow-device = جهاز مُعار
staff-need-companion = يأتي مع مرافق

staff-language-de = الألمانية
staff-language-en = الإنجليزية
staff-language-tr = التركية
staff-language-ar = العربية
staff-language-ru = الروسية
staff-language-uk = الأوكرانية
staff-language-pl = البولندية
staff-language-fa = الفارسية
staff-language-ku = الكردية
staff-language-ro = الرومانية

login-title = تسجيل الدخول
login-intro = لمكتب البرنامج والسفراء الرقميين.
login-email = عنوان البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-error-email = يرجى كتابة عنوان بريدك الإلكتروني.
login-error-password = يرجى كتابة كلمة المرور.
login-no-account-title = ليس لديك حساب بعد؟
login-no-account-text = يحصل السفراء الرقميون على حساب بعد أن يقبل مكتب البرنامج طلبهم.
login-apply-link = طلب الانضمام إلى السفراء الرقميين

password-title = اختر كلمة المرور
password-new = كلمة المرور الجديدة
password-hint = { $count } حرفًا على الأقل. الجملة التي تتذكرها بسهولة هي كلمة مرور جيدة.
password-repeat = كلمة المرور مرة أخرى
password-submit = حفظ كلمة المرور
password-done = تم حفظ كلمة المرور. يمكنك الآن تسجيل الدخول.
password-error-too-short = كلمة المرور قصيرة جدًا. يرجى استخدام 10 أحرف على الأقل.
password-error-repeat = كلمتا المرور غير متطابقتين. يرجى كتابة كلمة المرور نفسها مرتين.
password-no-token-title = الرابط غير مكتمل
password-no-token-text = يرجى فتح الرابط كاملًا من البريد الإلكتروني. أو اطلب رابطًا جديدًا من مكتب البرنامج.

apply-title = الانضمام إلى فريق السفراء الرقميين
apply-caption = طلب الانضمام
apply-intro = يحمل السفراء الرقميون نوردرشتيت الرقمية إلى الأحياء. إنهم يساعدون الأشخاص الذين ما زالوا يشعرون بعدم الثقة في استخدام الإنترنت.
apply-what-title = ماذا يفعل السفراء
apply-what-1 = يشرحون لجيرانهم الهاتف الذكي أو مكالمات الفيديو أو البلدية على الإنترنت.
apply-what-2 = يعرّفون الناس بالدورات المجانية ويسجلون من لا يستطيع التسجيل وحده.
apply-what-3 = يشاركون في ورش العمل ويقدمون أفكارهم الخاصة.
apply-how-title = كيف تتقدم
apply-how-text = سنطرح عليك بعض الأسئلة، سؤالًا واحدًا في كل صفحة. يستغرق ذلك حوالي 10 دقائق. في النهاية تقرأ مبادئ التعاون لدينا. بعد ذلك يتواصل معك مكتب البرنامج عبر البريد الإلكتروني.
apply-start = ابدأ الطلب
apply-name-title = ما اسمك؟
apply-name-label = الاسم الأول واسم العائلة
apply-contact-title = كيف يمكننا التواصل معك؟
apply-email-label = عنوان البريد الإلكتروني
apply-email-hint = ستسجل الدخول به لاحقًا. وسيصلك ردنا عليه أيضًا.
apply-phone-label = رقم الهاتف (اختياري)
apply-phone-hint = إذا كنت تفضل أن نتصل بك.
apply-phone-none = لم يُذكر
apply-districts-title = في أي أحياء تود المساعدة؟
apply-languages-title = ما اللغات التي تتحدثها؟
apply-help-title = في ماذا يمكنك المساعدة؟
apply-choose-hint = اختر كل ما ينطبق.
apply-help-smartphone = الهاتف الذكي والجهاز اللوحي
apply-help-video-calls = مكالمات الفيديو
apply-help-online-banking = الخدمات المصرفية عبر الإنترنت
apply-help-town-hall-online = البلدية على الإنترنت
apply-help-translating = الترجمة
apply-help-accompanying = مرافقة الناس إلى الدورات
apply-availability-title = متى يكون لديك وقت؟
apply-availability-label = وقتك بكلماتك الخاصة
apply-availability-hint = مثلًا: أيام الثلاثاء بعد الظهر، حوالي ساعتين في الأسبوع.
apply-motivation-title = لماذا تريد المشاركة؟
apply-motivation-label = بكلماتك الخاصة
apply-motivation-hint = بضع جمل تكفي.
apply-principles-title = مبادئ التعاون لدينا
apply-principles-intro = يرجى قراءة المبادئ كاملة. كل من يشارك يلتزم بها.
apply-principles-legend = موافقتك
apply-principles-accept = قرأت المبادئ وسألتزم بها.
apply-principles-accepted = تمت القراءة والموافقة
apply-principles-error-accept = يرجى الموافقة على المبادئ. لا يمكنك المشاركة دون موافقة.
apply-check-title = تحقق من بياناتك
apply-change = تغيير
apply-check-note = عندما ترسل الطلب نحفظ بياناتك. يقرؤها مكتب البرنامج ويرد عليك عبر البريد الإلكتروني.
apply-send = إرسال الطلب
apply-done-title = وصل طلبك
apply-done-text = شكرًا لك! سنكتب إليك على ⁨{ $email }⁩.
apply-done-next-title = ماذا يحدث بعد ذلك
apply-done-next-text = يقرأ مكتب البرنامج طلبك. إذا قبلناه تحصل على رابط. تختار به كلمة المرور ويمكنك تسجيل الدخول.

ambassador-title = مرحبًا { $name }
ambassador-paused-note = أنت في استراحة حاليًا. هل تريد المشاركة مرة أخرى؟ يمكنك ذلك تحت „استراحة أو توقف“.
ambassador-month-title = نشاطاتك هذا الشهر
ambassador-month-entries = الإدخالات
ambassador-month-people = الأشخاص الذين وصلت إليهم
ambassador-month-minutes = الدقائق
ambassador-sessions-title = الدورات القادمة في أحيائك
ambassador-sessions-none = لا توجد دورات مخططة في أحيائك حاليًا.
ambassador-register-for = تسجيل شخص في هذه الدورة
ambassador-entries-title = إدخالاتك
ambassador-entries-none = لم تسجل أي نشاط بعد.
ambassador-entry-figures = { $people ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
}، { $minutes } دقيقة
ambassador-entry-withdrawn = مسحوب
ambassador-entry-change = تغيير الإدخال أو سحبه
ambassador-more-title = المزيد
ambassador-status-link = استراحة أو توقف
ambassador-status-title = أخذ استراحة أو التوقف
ambassador-status-pause = أخذ استراحة
ambassador-status-pause-hint = يبقى مكانك في فريق السفراء الرقميين، ويمكنك المتابعة في أي وقت.
ambassador-status-resume = المشاركة مرة أخرى
ambassador-status-resume-hint = تنتهي استراحتك الآن.
ambassador-status-retire = التوقف
ambassador-status-retire-hint = بعد ذلك ينتهي دورك في فريق السفراء الرقميين. تبقى إدخالاتك محفوظة.
ambassador-status-submit = حفظ
ambassador-status-paused = بدأت استراحتك.
ambassador-status-active = يسعدنا أنك عدت.
ambassador-status-retired = لقد توقفت. شكرًا جزيلًا على مساعدتك!
ambassador-principles-title = مبادئ تعاون جديدة
ambassador-principles-intro = غيّر مكتب البرنامج المبادئ. يرجى قراءتها والموافقة عليها. بعد ذلك يمكنك المتابعة.
ambassador-principles-submit = موافقة ومتابعة
ambassador-workshop-title = تسجيل المشاركة في ورشة عمل
ambassador-workshop-date = تاريخ الورشة
ambassador-workshop-name = اسم الورشة
ambassador-workshop-hint = مثلًا: ورشة أفكار في مكتبة المدينة
ambassador-workshop-submit = تسجيل المشاركة
ambassador-workshop-saved = تم تسجيل مشاركتك في الورشة.

outreach-title = تسجيل نشاط
outreach-edit-title = تغيير الإدخال
outreach-date = التاريخ
outreach-district = الحي
outreach-place = المكان (اختياري)
outreach-place-hint = مثلًا: ملتقى كبار السن في غلاسهوته
outreach-people = كم شخصًا وصلت إليهم؟
outreach-minutes = كم دقيقة استغرق ذلك؟
outreach-topic = الموضوع
outreach-topic-none = لا يوجد موضوع محدد
outreach-note = ملاحظة (اختيارية)
outreach-note-hint = ما الذي كان مميزًا؟ لا تكتب أسماء أشخاص آخرين.
outreach-submit = حفظ الإدخال
outreach-saved = تم حفظ إدخالك.
outreach-withdraw-title = سحب الإدخال
outreach-withdraw-text = الإدخال المسحوب لا يُحتسب بعد الآن. لكنه يبقى ظاهرًا في السجل.
outreach-withdraw = سحب الإدخال
outreach-withdrawn = تم سحب الإدخال.
outreach-error-date = يرجى إدخال تاريخ: اليوم أو يوم خلال السنة الماضية.
outreach-error-people = يرجى كتابة رقم من 1 إلى 10000.
outreach-error-minutes = يرجى كتابة الدقائق كرقم من 1 إلى 1440.

assisted-title = تسجيل شخص في دورة
assisted-session = أي دورة؟
assisted-no-sessions = لا توجد حاليًا دورات مفتوحة للتسجيل.
assisted-name = اسم الشخص
assisted-name-hint = الاسم الأول واسم العائلة
assisted-contact = كيف يتواصل مكتب البرنامج مع الشخص؟
assisted-contact-hint = في حال تغيّر شيء في الدورة.
assisted-contact-phone = بالهاتف
assisted-contact-email = بالبريد الإلكتروني
assisted-contact-none = لا تواصل
assisted-phone-label = رقم هاتف الشخص
assisted-email-label = عنوان البريد الإلكتروني للشخص
assisted-needs = هل يحتاج الشخص إلى مساعدة في الدورة؟
assisted-needs-hint = اختر كل ما ذكره الشخص.
assisted-consent-title = موافقة الشخص
assisted-consent-hint = يجب أن يوافق الشخص على أن تسجله وأن نحفظ بياناته.
assisted-consent-spoken = وافق الشخص شفهيًا
assisted-consent-signed = وقّع الشخص على ورقة
assisted-consent-phone = وافق الشخص عبر الهاتف
assisted-consent-phone-hint = اسأل إن كان يجوز لنا تسجيل الشخص وحفظ بياناته.
assisted-consent-error = يرجى ذكر كيف وافق الشخص.
assisted-submit = تسجيل
assisted-done-title = تم تسجيل الشخص
assisted-done-title-waitlisted = الشخص على قائمة الانتظار
assisted-done-code-for = رمز الحجز لـ { $name }
assisted-done-waitlist = رقم { $position } على قائمة الانتظار. إذا أصبح مكان شاغرًا يحصل عليه الشخص تلقائيًا.
assisted-done-note = يرجى كتابة الرمز للشخص أو طباعة هذه الصفحة. بالرمز يمكنه رؤية الحجز أو إلغاؤه.
assisted-done-print = طباعة الصفحة
assisted-another = تسجيل شخص آخر

office-overview-title = نظرة عامة
office-pending-title = الطلبات
office-pending-count = { $count ->
    [0] لا يوجد طلب بانتظار القرار.
    [one] طلب واحد بانتظار قرارك.
    [two] طلبان بانتظار قرارك.
    [few] { $count } طلبات بانتظار قرارك.
    [many] { $count } طلبًا بانتظار قرارك.
   *[other] { $count } طلب بانتظار قرارك.
}
office-pending-review = عرض الطلبات
office-fill-title = ما مدى امتلاء الدورات؟
office-fill-seats = { $confirmed } من { $capacity } أماكن محجوزة
office-col-session = الدورة
office-col-registered = المسجلون
office-col-fill = نسبة الامتلاء
office-col-waitlist = قائمة الانتظار
office-col-district = الحي
office-outreach-title = النشاطات هذا الشهر حسب الحي
office-outreach-none = لم يُسجَّل أي نشاط هذا الشهر بعد.
office-sessions-none = لا توجد دورات مخططة.
office-session-cancelled = ملغاة
office-waitlist-count = { $count } على قائمة الانتظار

office-applications-title = الطلبات
office-applications-none = لا يوجد طلب بانتظار القرار.
office-principles-version = المبادئ الموافق عليها (النسخة)
office-approve = قبول { $name }
office-decline = رفض { $name }
office-decided-title = تم البت فيها
office-status-applied = تقدّم بطلب
office-status-active = نشط
office-status-declined = مرفوض
office-status-paused = في استراحة
office-status-retired = توقف
office-decline-title = رفض الطلب
office-decline-reason = سبب الرفض
office-decline-hint = يتلقى الشخص هذا النص عبر البريد الإلكتروني. اكتب بلطف ووضوح.
office-decline-submit = إرسال الرفض
office-declined = تم رفض طلب { $name }.
office-pause = إيقاف مؤقت: { $name }
office-resume = إعادة تفعيل: { $name }
office-paused = { $name } في استراحة الآن.
office-resumed = { $name } نشط مرة أخرى.
office-close-account = إغلاق حساب { $name }
office-close-title = إغلاق هذا الحساب؟
office-close-text = لن يتمكن { $name } من تسجيل الدخول بعد الآن. تنتهي كل جلسة مفتوحة في الحال. لا يمكن التراجع عن ذلك.
office-close-submit = إغلاق الحساب
office-account-closed = تم إغلاق حساب { $name }.
office-status-closed = الحساب مغلق
office-approved-title = تم قبول { $name }
office-approved-text = يتلقى { $name } بريدًا إلكترونيًا فيه رابط لاختيار كلمة المرور.
office-link-label = رابط اختيار كلمة المرور
office-link-note = يعمل الرابط مرة واحدة فقط. أعطه لهذا الشخص فقط.
office-back-to-applications = العودة إلى الطلبات

office-sessions-title = الدورات
office-sessions-coming = الدورات القادمة
office-sessions-past = الدورات السابقة
office-plan-title = تخطيط دورة
office-plan-name = عنوان الدورة
office-plan-name-hint = كما يظهر في قائمة الدورات، مثلًا: التعرف على الهاتف الذكي
office-plan-topic = الموضوع
office-plan-venue = المكان
office-plan-venue-hint = مثلًا: مكتبة مدينة نوردرشتيت، الغرفة 2
office-plan-date = التاريخ
office-plan-start = البداية
office-plan-end = النهاية
office-plan-time-hint = مثلًا 14:00
office-plan-capacity = عدد الأماكن
office-plan-capacity-hint = رقم من 1 إلى 500
office-plan-submit = تخطيط الدورة
office-planned = تم تخطيط الدورة „{ $name }“.
office-back-to-sessions = كل الدورات
office-back-to-roster = العودة إلى الدورة
office-session-cancelled-note = هذه الدورة ملغاة.
office-phone-title = التسجيل عبر الهاتف
office-reschedule-title = تغيير التاريخ أو الوقت
office-capacity-title = تغيير عدد الأماكن
office-capacity-hint = يجب أن يكون عدد الأماكن على الأقل بقدر الأماكن المحجوزة.
office-cancel-title = إلغاء الدورة
office-cancel-text = يتم إبلاغ جميع المسجلين إذا أعطوا رقم هاتف أو بريدًا إلكترونيًا.
office-cancel-reason = سبب الإلغاء
office-cancel-hint = سيقرأ المسجلون هذا النص.
office-cancel-submit = إلغاء الدورة
office-change-notify = يتم إبلاغ المسجلين إذا أعطوا رقم هاتف أو بريدًا إلكترونيًا.
office-save = حفظ
office-rescheduled = للدورة „{ $name }“ موعد جديد.
office-capacity-changed = تم تغيير الأماكن في „{ $name }“.
office-cancelled = تم إلغاء الدورة „{ $name }“.
office-attendance-title = الحضور
office-registered-title = المسجلون
office-attendance-later = يمكنك تسجيل الحضور ابتداءً من ساعة قبل البداية.
office-attendance-hint = لكل شخص، اضغط على „حضر“ أو „لم يحضر“.
office-attended = حضر
office-no-show = لم يحضر
office-roster-empty = لم يسجل أحد في هذه الدورة بعد.
office-waitlist-title = قائمة الانتظار
office-cancelled-title = الحجوزات الملغاة
office-needs = يحتاج: { $needs }
office-contact-none = لا يريد أن يُتواصل معه
office-channel-web = سجّل عبر الإنترنت
office-channel-phone = سجّل عبر الهاتف
office-channel-in-person = سجّل حضوريًا
office-channel-ambassador = سجّله سفير
office-feedback-title = الآراء
office-feedback-none = لا توجد آراء بعد.
office-feedback-responses = الردود
office-feedback-rating = التقييم { $rating } من 5
office-feedback-helped-yes = ساعد
office-feedback-helped-partly = ساعد قليلًا
office-feedback-helped-no = لم يساعد
office-feedback-comments = ما كتبه المشاركون

office-account-title = إنشاء حساب
office-account-name = الاسم
office-account-email = عنوان البريد الإلكتروني
office-account-role = المهمة
office-role-auditor = التدقيق
office-role-auditor-hint = يمكنه قراءة كل شيء لكن لا يغيّر شيئًا.
office-role-office = مكتب البرنامج
office-role-office-hint = يمكنه تخطيط الدورات والبت في الطلبات.
office-account-submit = إنشاء الحساب
office-account-done-title = تم إنشاء الحساب لـ { $name }
office-account-done-text = يتلقى { $name } بريدًا إلكترونيًا فيه رابط لاختيار كلمة المرور.

session-error-ends-before = يجب أن تكون النهاية بعد البداية.
session-error-capacity = يرجى كتابة رقم من 1 إلى 500.
session-error-in-past = البداية في الماضي. يرجى اختيار وقت لاحق.

problem-login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
problem-too-many-attempts = محاولات كثيرة جدًا. يرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.
problem-not-logged-in = يرجى تسجيل الدخول.
problem-forbidden = لا يسمح لك حسابك بذلك.
problem-csrf = كانت الصفحة مفتوحة لفترة طويلة. يرجى إعادة تحميلها والمحاولة مرة أخرى.
problem-token-invalid = هذا الرابط لم يعد صالحًا. يرجى طلب رابط جديد من مكتب البرنامج.
problem-application-decided = تم البت في هذا الطلب بالفعل.
problem-not-active = هذا ممكن فقط ما دمت مشاركًا بنشاط.
problem-outreach-unknown = هذا الإدخال غير موجود.
problem-principles-outdated = تغيرت المبادئ للتو. يرجى قراءة النسخة الجديدة.
problem-capacity-below-confirmed = هناك أماكن محجوزة أكثر من ذلك. يرجى اختيار رقم أكبر.
problem-account-exists = يوجد حساب لهذا البريد الإلكتروني بالفعل.
problem-account-closed = هذا الحساب مغلق.
problem-application-exists = يوجد طلب بهذا البريد الإلكتروني بالفعل.
problem-attendance-not-possible = لا يمكن تسجيل الحضور إلا ابتداءً من ساعة قبل البداية، وفقط للأشخاص الذين لديهم مكان مؤكد.
problem-principles-accepted = لقد وافقت على هذه المبادئ بالفعل.

# Letters to print (programme office)
office-letter-title = رسالة إلى { $name }
office-letter-intro = الرسالة بلغة { $name }: { $language }. اطبعها ثم أرسلها بالبريد أو سلّمها باليد.
office-letter-kind-label = أي رسالة؟
office-letter-kind-booking-confirmed = تأكيد الحجز
office-letter-kind-booking-waitlisted = تأكيد قائمة الانتظار
office-letter-kind-session-rescheduled = إبلاغ بالموعد الجديد
office-letter-kind-session-reminder = التذكير بالدورة
office-letter-kind-session-cancelled = إبلاغ بالإلغاء
office-letter-print = طباعة الرسالة
office-letter-address = مكان العنوان
office-letter-problem-cancelled = هذا الحجز ملغى. لا توجد رسالة له.
office-letter-problem-erased = بيانات هذا الشخص محذوفة. لم تعد الرسالة ممكنة.
office-letter-problem-not-now = هذه الرسالة لم تعد تناسب الحجز. اختر رسالة أخرى.

# The demand map (issue 20): interest by topic × district and weekday, waiting lists; and the
# planning form's count of interested people a session would reach.
office-plan-reach = { $count ->
    [zero] لا تصل هذه الدورة إلى أي شخص في قائمة المهتمين.
    [one] تصل هذه الدورة إلى شخص واحد مهتم.
    [two] تصل هذه الدورة إلى شخصين مهتمين.
    [few] تصل هذه الدورة إلى { $count } أشخاص مهتمين.
    [many] تصل هذه الدورة إلى { $count } شخصًا مهتمًا.
   *[other] تصل هذه الدورة إلى { $count } شخص مهتم.
}
demand-nav = الطلب
demand-title = الطلب
demand-intro = أين ينتظر الناس دورة: الرغبات في قائمة المهتمين حسب الموضوع والحي ويوم الأسبوع، وقوائم الانتظار للدورات الممتلئة. أرقام فقط، بلا أسماء.
demand-total = الرغبات النشطة في قائمة المهتمين: { $count }
demand-topic-title = الرغبات حسب الموضوع والحي
demand-topic-chart = الرغبات لكل موضوع وحي
demand-topic-caption = الرغبات حسب الموضوع (الصفوف) والحي (الأعمدة)
demand-col-topic = الموضوع
demand-weekday-title = الرغبات حسب يوم الأسبوع
demand-weekday-chart = الرغبات لكل يوم من أيام الأسبوع
demand-weekday-caption = الرغبات حسب يوم الأسبوع (تُحسب الرغبة في كل يوم تذكره)
demand-col-weekday = يوم الأسبوع
demand-col-interests = الرغبات
demand-waiting-title = قوائم الانتظار للدورات الممتلئة
demand-waiting-none = لا توجد دورة لها قائمة انتظار.
demand-waiting-caption = دورات ينتظرها الناس
demand-col-waiting = في قائمة الانتظار
