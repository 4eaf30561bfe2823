# مسودة للمراجعة. Draft for review.

ideas-title = أفكار المهارات
ideas-how = اقرأ السؤال. إن كانت الإجابة نعم، فهذه مهارة لديك.
ideas-show-about = أظهر أفكارًا عن
ideas-everything = كل شيء
ideas-already = هذه موجودة في مهاراتك بالفعل.
ideas-story-hint = أين تعلمتها، أو متى تستخدمها؟ يمكنك ترك هذا لوقت لاحق.
ideas-add = أضف إلى مهاراتي
ideas-not-now = ليس الآن
ideas-yes = نعم، هذا أنا
ideas-yes-label = نعم، هذا أنا: { $skill }
ideas-cannot-see = لا ترى مهارتك؟
ideas-own-words = اكتبها بكلماتك
