# مسودة: تحتاج إلى مراجعة من متحدثين لديهم تجربة معيشة (انظر locales/TRANSLATING.md).
# Draft: to be read by Arabic speakers with lived experience (locales/TRANSLATING.md).

## المجالات التسعة

area-people = الناس
area-people-about = التفاهم مع الآخرين، والإصغاء، ومساعدة الناس على الشعور بالراحة.
area-organising = التنظيم
area-organising-about = التخطيط، ومتابعة الأمور، وإنجاز الأشياء بالترتيب.
area-practical = العملي
area-practical-about = الصنع، والإصلاح، والطبخ، ومعرفة الطريق.
area-creative = الإبداع
area-creative-about = الأفكار، والفن، والموسيقى، والكلمات، وإيجاد طرق جديدة لحل مشكلة.
area-resilience = الصمود
area-resilience-about = الاستمرار، والنهوض من جديد، والبقاء هادئًا حين تصعب الأمور.
area-money = المال
area-money-about = جعل المال يكفي، ووضع الميزانية، ومعرفة قيمة الأشياء.
area-caring = الرعاية
area-caring-about = الاعتناء بالآخرين، أو بالحيوانات، أو بالبيت، أو بنفسك.
area-speaking-up = التعبير عن الرأي
area-speaking-up-about = قول ما يهم، والدفاع عن نفسك وعن الآخرين.
area-learning = التعلّم
area-learning-about = التقاط الأشياء الجديدة، وطرح الأسئلة، وتعليم نفسك.

## التقييم من 1 إلى 5

rating-1 = أبدأ للتو
rating-2 = أتقدّم
rating-3 = أستطيع فعل هذا
rating-4 = أفعل هذا جيدًا
rating-5 = أستطيع تعليم هذا

## الإشعارات

reminder-check-in = حان وقت المراجعة
reminder-skill-nudge = لحظة لملاحظة مهارة استخدمتها هذا الأسبوع

## التقدير

recognition-good-at = أنت بارع في { $skill }.
recognition-good-at-with-words = أنت بارع في { $skill }. { $words }

## المشاركة

sync-rejected-unknown-kind = خادم المجموعة أقدم من هذا التطبيق ولم يستطع قبول هذا التغيير. يستطيع قائد مجموعتك تحديثه.
sync-rejected-invalid = لم يستطع خادم المجموعة قبول هذا التغيير كما هو: ربما هو طويل جدًا.
sync-rejected-not-found = لم يعد لدى خادم المجموعة ما يخص هذا التغيير.
sync-rejected-forbidden = هذا التغيير ليس من دورك في المجموعة.
sync-rejected-left-group = كنت قد غادرت المجموعة، فلم يُرسل هذا التغيير.
sync-damaged-change = تلف هذا التغيير على هذا الجهاز ولم يمكن إرساله.
sync-refused-connection = شيء ما بين Brim وخادم المجموعة رفض الاتصال (الرمز { $status }). تحقق من عنوان مجموعتك، أو جرّب شبكة أخرى.

## مكان حفظ النسخة الاحتياطية: الكلمات تأتي بعد «حُفظت في».

backup-place-beside-journal = مجلد النسخ الاحتياطية بجانب يومياتك
backup-place-downloads = مجلد التنزيلات
backup-place-documents = مجلد المستندات
backup-place-home = مجلدك الرئيسي

## صفحة المهارات لطلب العمل

portfolio-title = مهاراتي
portfolio-intro = مهارات أملكها، والقصة وراءها، ولحظات تُظهرها.
portfolio-job-words = لطلب عمل: { $words }
portfolio-file-name = ملف مهارات Brim { $date }
portfolio-save-title = احفظ صفحة مهاراتك
portfolio-save-filter = مستند PDF
portfolio-place-folder = المجلد «{ $folder }»
portfolio-place-chosen = المكان الذي اخترته

## التاريخ بالكلمات

date-in-words = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
