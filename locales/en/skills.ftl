# The list of a person's skills.

skills-title = Your skills
skills-first = Let's find your first one.
skills-first-how = Pick from a list of ideas, or write one in your own words.
skills-find-idea = Find a skill in the ideas list
skills-write-own = Write my own skill
skills-put-away = Put away
skills-put-away-about = Skills you put away are kept safe, with all their moments.
skills-put-away-hide = Hide put-away skills
# $count: how many skills are put away.
skills-put-away-show = Show put-away skills ({ $count })
# How many moments show a skill.
moment-count = { $count ->
    [one] { $count } moment
   *[other] { $count } moments
}

# A skill's name, area and story.
skill-name = Skill name
skill-name-hint = A few words, like “Listening” or “Fixing bikes”.
skill-area = Area
skill-area-choose = Choose an area
skill-area-own = Something else (my own words)
skill-area-own-name = Your own area
skill-story = Your story
skill-story-hint = Where did you learn it, or when do you use it?

# Writing a skill of one's own.
skill-new-title = Write your own skill
skill-new-from-answer = Your answer is the start of its story, and it will be the skill's first moment.
skill-new-about = Name something you are good at, in your own words.
skill-new-save = Save skill
skill-new-ideas = Or look at skill ideas
# $why: what went wrong, in the core's words.
skill-new-answer-not-added = Your skill is saved, but your answer could not be added to it: { $why }

# One skill.
skill-title = Skill
skill-not-found = Skill not found
skill-back-to-list = Back to your skills
skill-added = Added to your skills.
skill-changes-saved = Your changes are saved.
skill-put-away-done = Put away. Its moments are kept safe.
skill-back-done = Welcome back. This skill is in your list again.
skill-is-put-away = put away
# $audience: who it is shared with.
skill-shared = { $audience ->
    [summary_only] Counted in the group summary.
    [lead] Shared with the group lead.
    [peer_supporters_and_lead] Shared with peer supporters and the lead.
   *[whole_group] Shared with the whole group.
}
skill-shared-changed = { $audience ->
    [summary_only] Counted in the group summary · changed since you shared it.
    [lead] Shared with the group lead · changed since you shared it.
    [peer_supporters_and_lead] Shared with peer supporters and the lead · changed since you shared it.
   *[whole_group] Shared with the whole group · changed since you shared it.
}
skill-moments = Moments that show it
skill-no-moments = No moments yet. When you use this skill, add a moment. It is your evidence.
skill-change = Change this skill
skill-bring-back = Bring it back
skill-put-it-away = Put it away
skill-share = Share with my group
skill-share-update = Update what I shared
skill-add-moment = Add a moment for this skill
skill-cancel = Cancel
