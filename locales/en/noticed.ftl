# Someone noticed: what others said a person is good at.

noticed-about = When someone tells you what you are good at, keep it here. Then add it to your skills.
noticed-what = What did they notice?
noticed-who = Who said it?
noticed-who-hint = Like “Dee, my support worker”.
noticed-said = What did they say?
noticed-save = Save it
noticed-none = Nothing here yet.
noticed-none-how = Has someone said you are good at something? A friend, a worker, someone in your group? Write it down.
noticed-waiting = Waiting for you
noticed-which-skill = Which skill does it show?
noticed-new-skill = A new skill
# For screen readers: whose words. $from: who said it.
noticed-add-label = Add to my skills: what { $from } said
noticed-not-for-me = Not for me
noticed-not-for-me-label = Not for me: what { $from } said
noticed-add = Add what someone noticed
noticed-kept = Already kept
noticed-saved = Saved. Now choose what to do with it.
# $skill: the skill's name.
noticed-added = Added to { $skill }, as a moment.
noticed-added-any = Added to your skills, as a moment.
noticed-set-aside = Put to one side.
noticed-in-skill = in { $skill }
noticed-in-any = in your skills
noticed-put-aside = put to one side
