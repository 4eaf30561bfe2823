# مسودة للمراجعة. Draft for review.

lead-title = الدعوات والأشخاص
lead-only = قائد المجموعة وحده يستطيع دعوة الناس وتغيير من في المجموعة.
lead-back = عُد إلى مجموعتك
lead-you-run = أنت تدير { $group }. هذه تحتاج إلى اتصال بخادم المجموعة.
lead-offline = تحتاج إلى اتصال لإدارة المجموعة. تأكد أنك متصل بالإنترنت، ثم حاول مرة أخرى.
lead-invite = ادعُ شخصًا
lead-join-as = سينضم بصفته
lead-a-member = عضو
lead-a-peer = داعم أقران
lead-uses = كم شخصًا يستطيع استخدامها
lead-days = كم يومًا تعمل
lead-making = جارٍ إنشاء الدعوة…
lead-make = أنشئ دعوة
lead-new-invite = دعوتك الجديدة
lead-read-out = اقرأ الرمز بصوت عالٍ، أو دعهم يمسحون الصورة بهاتفهم.
lead-qr = رمز QR لرابط الانضمام
lead-join-link = رابط الانضمام
lead-copied = تم النسخ
lead-copy = انسخ الرابط
lead-works-for = { $people ->
    [one] تعمل لشخص واحد حتى { $date }.
    [two] تعمل لشخصين حتى { $date }.
    [few] تعمل لـ { $people } أشخاص حتى { $date }.
   *[other] تعمل لـ { $people } شخصًا حتى { $date }.
}
lead-only-once = هذه المرة الوحيدة التي يعرض فيها Brim الرمز: لا يُحفظ في أي مكان.
lead-invites = الدعوات
lead-getting-invites = جارٍ جلب دعواتك…
lead-no-invites = لا توجد دعوات بعد.
lead-cancel-invite = ألغِ هذه الدعوة
lead-invite-cancelled = أُلغيت تلك الدعوة. لا يمكن لأحد آخر الانضمام بها.
invite-line = لـ { $who }، أُنشئت في { $date }: { $used }، { $state }.
invite-used = استُخدمت
invite-not-used = لم تُستخدم بعد
invite-uses = استُخدمت { $uses } من { $max }
invite-open = تعمل حتى { $date }
invite-used-up = انضم كل من كانت لهم
invite-expired = انتهت في { $date }
invite-cancelled = أُلغيت
lead-people = الأشخاص في المجموعة
lead-getting-people = جارٍ جلب القائمة…
lead-nobody = لا أحد بعد.
lead-you = (أنت)
lead-role-lead = القائد
lead-role-peer = داعم أقران
lead-role-member = عضو
lead-joined = { $role }، انضم في { $date }
lead-remove-ask = هل تزيل { $name } من المجموعة؟
lead-remove-what = كل ما شاركه { $name } سيُمحى من خادم المجموعة، ولن يراه أحد في المجموعة بعد الآن. تبقى يومياته على هاتفه، مع ملاحظة بما مُحي.
lead-remove-rejoin = للعودة، سيحتاج إلى دعوة جديدة.
lead-remove-yes = نعم، أزل { $name }
lead-keep = أبقِ { $name }
lead-make-peer = اجعل { $name } داعم أقران
lead-make-member = اجعل { $name } عضوًا
lead-remove = أزل { $name }…
lead-now-peer = أصبح { $name } داعم أقران الآن. يظهر ذلك على هاتفه في المرة القادمة التي يتواصل فيها مع المجموعة.
lead-now-member = عاد { $name } عضوًا. يظهر ذلك على هاتفه في المرة القادمة التي يتواصل فيها مع المجموعة.
lead-removed = لم يعد { $name } في المجموعة. مُحي كل ما شاركه من خادم المجموعة.
