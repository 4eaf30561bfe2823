# Skill ideas: questions that help a person spot a skill.

ideas-title = Skill ideas
ideas-how = Read the question. If the answer is yes, that is a skill you have.
ideas-show-about = Show ideas about
ideas-everything = Everything
ideas-already = This is already in your skills.
ideas-story-hint = Where did you learn it, or when do you use it? You can leave this for later.
ideas-add = Add to my skills
ideas-not-now = Not now
ideas-yes = Yes, this is me
# For screen readers: which idea. $skill: its name.
ideas-yes-label = Yes, this is me: { $skill }
ideas-cannot-see = Can't see your skill?
ideas-own-words = Write it in your own words
