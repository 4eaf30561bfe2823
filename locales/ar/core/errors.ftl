# مسودة: تحتاج إلى مراجعة من متحدثين لديهم تجربة معيشة (انظر locales/TRANSLATING.md).
# Draft: to be read by Arabic speakers with lived experience (locales/TRANSLATING.md).
# ما يقوله Brim عندما لا يستطيع فعل ما طُلب.

## اليوميات

error-date-in-future = هذا التاريخ في المستقبل. اختر اليوم أو يومًا قبله.
error-skill-archived = هذه المهارة محفوظة جانبًا. افتحها واختر «إعادتها» أولًا.
error-newer-journal = حُفظت هذه اليوميات بإصدار أحدث من Brim. حدّث Brim لفتحها. لم يتغير شيء.
error-storage = لم يستطع Brim قراءة يومياتك أو حفظها. لم يتغير شيء. حاول مرة أخرى، أو أعد تشغيل التطبيق.
error-migration = لم يستطع Brim تحديث ملف يومياتك. لم يتغير شيء.
error-preferences-file = لم يستطع Brim حفظ هذا الإعداد على هذا الجهاز. يومياتك بأمان. حاول مرة أخرى.
error-internal = حدث خطأ داخل Brim. لم يتغير شيء. حاول مرة أخرى.

error-not-found-skill = لم نجد هذه المهارة. ربما حُذفت.
error-not-found-skill-idea = لم نجد فكرة المهارة هذه. ربما حُذفت.
error-not-found-moment = لم نجد هذه اللحظة. ربما حُذفت.
error-not-found-check-in = لم نجد هذه المراجعة. ربما حُذفت.
error-not-found-rating = لم نجد هذا التقييم. ربما حُذف.
error-not-found-recognition = لم نجد هذا التقدير. ربما حُذف.
error-not-found-share = لم نجد هذا الشيء المشارَك. ربما حُذف.
error-not-found-step-back-question = لم نجد هذا السؤال. ربما حُذف.
error-not-found-operation = لم نجد هذا التغيير المنتظر. ربما أُرسل بالفعل.
error-not-found-person-or-invite = لم نجد هذا الشخص أو هذه الدعوة. ربما حذفها أحد بالفعل.

## ما يكتبه الشخص

error-skill-name-empty = أعطِ المهارة اسمًا.
error-noticer-name-empty = اكتب اسم الشخص الذي لاحظ ذلك فيك.
error-moment-empty = اكتب بضع كلمات عن هذه اللحظة.
error-noticed-empty = اكتب بضع كلمات عما لاحظه.
error-name-too-long = هذا الاسم طويل قليلًا. اجعله { $max } حرفًا أو أقل.
error-moment-too-long = هذه اللحظة أطول مما يستطيع Brim حفظه ({ $max } حرفًا). جرّب تقسيمها.
error-story-too-long = هذه القصة أطول مما يستطيع Brim حفظه ({ $max } حرفًا). جرّب تقسيمها.
error-note-too-long = هذه الملاحظة أطول مما يستطيع Brim حفظه ({ $max } حرفًا). جرّب تقسيمها.
error-recognition-too-long = هذا التقدير أطول مما يستطيع Brim حفظه ({ $max } حرفًا). جرّب تقسيمه.
error-rating-range = اختر تقييمًا من 1 إلى 5.
error-skill-name-taken = لديك مهارة بهذا الاسم بالفعل. اخترها من قائمتك، أو أعطِ هذه اسمًا آخر.
error-too-many-skills = هذه مهارات أكثر مما تتسع له لحظة واحدة. ألغِ اختيار بعضها.
error-step-back-empty = اكتب بضع كلمات لسؤال واحد على الأقل، ثم احفظ.
error-step-back-too-many = هذه إجابات أكثر من عدد الأسئلة.
error-area-empty = اختر مجالًا، أو اكتب مجالك الخاص.
error-area-too-long = اسم هذا المجال طويل قليلًا. اجعله { $max } حرفًا أو أقل.
error-check-in-empty = قيّم مهارة واحدة على الأقل لحفظ المراجعة.
error-check-in-rated-twice = يمكن تقييم كل مهارة مرة واحدة في المراجعة.
error-cadence = اختر كل 1 أو 3 أو 6 أو 12 شهرًا.
error-text-size = اختر أحد أحجام النص التي يقدمها التطبيق: { $sizes }.
error-draft-not-kept = لم نستطع حفظ ما كنت تكتبه. حاول مرة أخرى.
error-already-decided = لقد قررت بشأن هذا بالفعل.
error-portfolio-empty = اختر مهارة واحدة على الأقل لملفك.
error-portfolio-not-made = لم يستطع Brim إنشاء ملف PDF لملفك. حاول مرة أخرى من فضلك.
error-portfolio-not-saved = لم يستطع Brim حفظ ملف PDF هناك. تحقق من وجود مساحة، ثم حاول مرة أخرى.

## القفل

error-locked = يومياتك مقفلة. أدخل كلمة المرور لفتحها.
error-wrong-passphrase = كلمة المرور هذه لا تفتح هذه اليوميات. تحقق منها وحاول مرة أخرى.
error-passphrase-too-short = اختر كلمة مرور من 6 أحرف على الأقل. بضع كلمات تتذكرها تفي بالغرض.
error-export-needs-passphrase = يومياتك مقفلة بكلمة مرور، لذا ستكون نسختك الاحتياطية كذلك. اكتب كلمة المرور لحفظها.
error-key-file = لم يستطع Brim قراءة ملف المفتاح المحفوظ بجانب يومياتك أو حفظه، فلم يعمل القفل. لم يتغير شيء في يومياتك.
error-no-randomness = لم يستطع Brim إنشاء مفتاح جديد على هذا الجهاز. لم يتغير شيء. حاول مرة أخرى، أو أعد تشغيل التطبيق.
error-lock-not-built = هذا الإصدار من Brim لا يستطيع قفل اليوميات. لم يتغير شيء.
error-lock-already-on = القفل مفعّل بالفعل. لتغيير كلمة المرور، استخدم «تغيير كلمة المرور».
error-lock-already-off = القفل متوقف بالفعل.
error-lock-off-no-passphrase = القفل متوقف. فعّله لتختار كلمة مرور.
error-lock-off-nothing-to-lock = القفل متوقف، فلا شيء لقفله. فعّله أولًا بكلمة مرور خاصة بك.
error-auto-lock-minutes = اختر 1 أو 5 أو 15 أو 60 دقيقة.
error-journal-open-elsewhere = اليوميات مفتوحة في مكان آخر، فلم يتغير القفل. أغلق نسخ Brim الأخرى وحاول مرة أخرى.

## النسخ الاحتياطية

error-invalid-backup = هذا الملف ليس نسخة احتياطية من Brim نستطيع قراءتها ({ $reason }). لم يتغير شيء.
error-backup-needs-passphrase = هذه النسخة الاحتياطية محمية بكلمة مرور. اكتب كلمة المرور التي كانت ليومياتك عند حفظ النسخة.
error-backup-wrong-passphrase = كلمة المرور هذه لا تفتح هذه النسخة. جرّب التي كانت ليومياتك عند حفظ النسخة. لم يتغير شيء.
error-backup-not-saved = لم يستطع Brim حفظ النسخة الاحتياطية هناك. تحقق من وجود مساحة، ثم حاول مرة أخرى.
error-no-backup-folder = لم يجد Brim مجلد التنزيلات أو المستندات أو المجلد الرئيسي لحفظ النسخة فيه، فلم يُحفظ شيء. تحقق من وجود أحدها، ثم حاول مرة أخرى.

backup-problem-not-brim = ليس نسخة احتياطية من Brim
backup-problem-newer = صُنع بإصدار أحدث من Brim؛ حدّث Brim أولًا
backup-problem-twice = الإدخال نفسه موجود مرتين
backup-problem-rules = بعض الإدخالات تخالف قواعد Brim (طويلة جدًا أو فارغة)
backup-problem-same-name = فيه مهارتان بالاسم نفسه
backup-problem-moment-skill = لحظة تشير إلى مهارة ليست في الملف
backup-problem-rated-twice = مراجعة تقيّم المهارة نفسها مرتين
backup-problem-rating-skill = مراجعة تقيّم مهارة ليست في الملف
backup-problem-recognition = تقدير يشير إلى شيء ليس في الملف
backup-problem-date = تعذّر حفظ تاريخ
backup-problem-unreadable = تعذّرت قراءته
backup-problem-damaged = تالف أو مقطوع
backup-problem-too-much-work = فتحه يحتاج عملًا أكثر مما يسمح به Brim على الهاتف
backup-problem-not-written = تعذّرت كتابته
backup-problem-not-text = ليس ملفًا نصيًا
backup-problem-not-json = ليس JSON صالحًا
backup-problem-age = بصيغة age من نسخة تجريبية مبكرة من Brim: افتحه بأداة age ‏(age -d) واستعد ملف JSON الذي بداخله
backup-problem-missing-field = حقل مفقود أو قيمته من نوع خاطئ، في السطر { $line }
backup-problem-ends-early = ينتهي قبل أوانه، في السطر { $line }
backup-problem-syntax = ليس JSON صالحًا، في السطر { $line }

## المجموعة

error-offline = لم نستطع الوصول إلى خادم المجموعة. تحقق من اتصالك بالإنترنت ومن صحة عنوان مجموعتك، ثم حاول مرة أخرى.
error-server-unavailable = خادم المجموعة يواجه مشكلة الآن. سيحاول Brim مرة أخرى من تلقاء نفسه؛ لم يضع شيء.
error-not-in-group = لست في مجموعة بعد. انضم إلى واحدة برمز دعوة من قائد مجموعتك.
error-already-in-group = هذا الجهاز في مجموعة بالفعل. غادرها أولًا إن أردت الانضمام إلى أخرى.
error-needs-rejoin = لم يعد هذا الجهاز مسجلًا في مجموعتك، لذا أزال Brim ما شاركه الآخرون معك. يومياتك بأمان. للانضمام مجددًا، اطلب من قائد مجموعتك رمز دعوة جديدًا.
error-preview-stale = تغيّر هذا منذ عرض المعاينة، فلم تتم مشاركة شيء. انظر إلى المعاينة مرة أخرى.
error-bad-address = عنوان الويب هذا لا يبدو صحيحًا. يبدو هكذا: https://groups.example.org.
error-not-https = لا يتصل Brim بخادم المجموعة إلا عبر اتصال آمن، لذا يجب أن يبدأ العنوان بـ https://‏ (مثل https://groups.example.org). اطلب من قائد مجموعتك عنوان https.
error-display-name-empty = أعطِ الاسم الذي ستراه مجموعتك.
error-device-name-empty = أعطِ اسمًا لهذا الجهاز.
error-display-name-too-long = اجعل الاسم الذي ستراه مجموعتك { $max } حرفًا أو أقل.
error-device-name-too-long = اجعل اسم هذا الجهاز { $max } حرفًا أو أقل.
error-invite-not-found = لا نعرف رمز الدعوة هذا. تحقق منه مع قائد مجموعتك.
error-invite-expired = انتهت صلاحية رمز الدعوة هذا. اطلب من قائد مجموعتك رمزًا جديدًا.
error-invite-used-up = استُخدم رمز الدعوة هذا بالفعل. اطلب من قائد مجموعتك رمزًا جديدًا.
error-invite-revoked = أُلغي رمز الدعوة هذا. اطلب من قائد مجموعتك رمزًا جديدًا.
error-server-forbidden = هذا ليس من دورك في المجموعة. يستطيع قائد مجموعتك أن يخبرك بالمزيد.
error-server-not-found = لم يجد خادم المجموعة ذلك. ربما حُذف.
error-server-would-not-take = لم يستطع خادم المجموعة قبول هذا. لم يضع شيء: يبقى على هذا الهاتف. إن تكرر ذلك، أخبر قائد مجموعتك.
error-invite-code-empty = اكتب رمز الدعوة الذي أعطاك إياه قائد مجموعتك.
error-join-refused = رفض خادم المجموعة الانضمام.
error-join-link-incomplete = رابط الانضمام هذا غير مكتمل. اطلب من قائد مجموعتك إرساله مرة أخرى، أو اكتب عنوان مجموعتك ورمز الدعوة بدلًا منه.
error-link-too-long = هذا الرابط أطول من أن يُرسم كرمز QR.
error-recognition-for-someone-else = التقدير يكون لشخص آخر: اختر عضوًا آخر.
error-only-the-lead = يمكن فقط لقائد مجموعتك فعل هذا.
error-share-too-big = لا يمكن مشاركة هذا كما هو: إنه طويل جدًا أو يذكر أشياء كثيرة. اختصره أو اختر أقل، ثم حاول مرة أخرى.
error-share-progress-needs-two = التقدم يحتاج أن تكون هذه المهارة مقيّمة في مراجعتين. شاركه بعد مراجعتك القادمة.
error-share-no-rating = اختر تقييمًا واحدًا على الأقل لمشاركته.

## التطبيق على هذا الهاتف

error-no-journal-folder = لم يجد Brim مجلدًا لحفظ يومياتك فيه.
error-journal-folder = لم يستطع Brim إنشاء مجلد ليومياتك. تحقق من وجود مساحة في الهاتف.
error-no-voice = لم يستطع Brim قراءة هذا بصوت عالٍ. تحقق من تفعيل صوت في إعدادات الكلام في الهاتف.
error-something-went-wrong = حدث خطأ ما. حاول مرة أخرى.
error-nothing-to-read = لا يوجد هنا شيء للقراءة بصوت عالٍ.
error-too-long-to-read = هذا أطول من أن يُقرأ بصوت عالٍ دفعة واحدة.
error-unknown-language = لا يعرف Brim هذه اللغة.

## Opportunities and open to roles

error-open-skills-too-many = هذه مهارات أكثر مما تتسع له القائمة. اختر التي تحب أن يجدك الناس بها أكثر.
error-answer-no-skill = اختر مهارة واحدة على الأقل لتقدّمها.
error-answer-to-lead-only = الرد على فرصة يذهب إلى قائد مجموعتك فقط.
error-opportunity-gone = هذه الفرصة لم تعد مفتوحة. ربما أزالها قائد مجموعتك، أو مرّ يوم إغلاقها.
error-opportunity-title-empty = اكتب عنوانًا للفرصة، مثل «لجنة مقابلات».
error-opportunity-closes = اختر يوم إغلاق من اليوم حتى سنة من الآن.
error-recognition-skill-empty = قل أي مهارة لاحظتها، واختر المجال الذي تنتمي إليه.
