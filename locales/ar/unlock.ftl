# مسودة للمراجعة. Draft for review.

unlock-title = يومياتك مقفلة
unlock-body = إنها محفوظة بخصوصية على هذا الهاتف. أدخل عبارة المرور لفتحها.
unlock-passphrase = عبارة المرور
unlock-show = أظهر ما كتبته
unlock-wrong = عبارة المرور هذه لم تفتحها. تحقق منها وحاول مرة أخرى.
unlock-opening = جارٍ الفتح…
unlock-open = افتح يومياتي
