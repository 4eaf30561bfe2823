# The group: who sees a share, roles, and how Brim and the group are getting on.

audience-summary_only = Just count it in the group summary
audience-lead = The group lead
audience-peer_supporters_and_lead = Peer supporters and the lead
audience-whole_group = The whole group
audience-who-summary_only = Your name is not shown to anyone. The lead sees only totals, like "6 people shared a People skill".
audience-who-lead = Only the group lead will see it, with your name.
audience-who-peer_supporters_and_lead = The peer supporters and the group lead will see it, with your name.
audience-who-whole_group = Everyone in your group will see it, with your name.

# "You are { role }, as Sam."
role-lead = the group lead
role-peer_supporter = a peer supporter
role-member = a member

# When Brim was last in touch with the group.
ago-not-yet = not yet
ago-just-now = just now
ago-minutes = { $minutes ->
    [one] { $minutes } minute ago
   *[other] { $minutes } minutes ago
}
ago-hours = { $hours ->
    [one] { $hours } hour ago
   *[other] { $hours } hours ago
}

status-needs-rejoin = You are no longer signed in to your group, so Brim removed what others had shared with you. Your own journal is safe.
status-leaving = Leaving the group. Brim will finish this the next time it reaches your group.
# $when: "just now", "3 minutes ago" or a date.
status-in-touch = In touch with your group { $when }
status-not-yet = Not in touch with your group yet
status-to-send = { $count ->
    [one] { $count } change still to send
   *[other] { $count } changes still to send
}
status-refused = { $count ->
    [one] { $count } change your group could not take
   *[other] { $count } changes your group could not take
}
# $parts: the pieces above, joined by " · ".
status-line = { $parts }.
status-no-connection = No connection just now: Brim will try again by itself.

# The group summary's areas.
summary-area-people = People
summary-area-organising = Organising
summary-area-practical = Practical
summary-area-creative = Creative
summary-area-resilience = Resilience
summary-area-money = Money
summary-area-caring = Caring
summary-area-speaking_up = Speaking up
summary-area-learning = Learning
summary-area-own = Their own areas

contribution-own-area = an area of your own
contribution-up = went up
contribution-same = stayed the same
contribution-down = changed down
# $parts: what goes into the summary, like "People, 4".
contribution-line = This also counts in the group summary as: { $parts }

# A figure in the lead's summary. $k: the fewest people a figure may come from.
figure-about = about { $members }
figure-hidden = fewer than { $k } — hidden
release-none = No summary yet. The first one comes once at least { $k } people have shared something that counts in it.
release-made = This summary was made on { $date }. It stays the same until the next one.
release-budget-spent = This year's privacy limit for summaries is used up, so the next one can come on { $date } at the earliest.
release-next = The next one can come on { $date } or later, once at least { $k } people's shares have changed.

# What a share holds.
shared-moment = A moment
# $date: a day, "25 November 2026".
shared-on = on { $date }
shared-since = since { $date }
# A rating then and now: "3 → 4".
shared-progress = { $from } → { $to }
shared-it-showed = It showed: { $skills }
# A rating's words, 1 to 5.
rating-words = { $rating ->
    [1] just starting
    [2] getting there
    [3] I can do this
    [4] I do this well
   *[5] I could teach this
}

# The lead's group summary.
summary-title = Group summary
# The same summary, as every member sees it.
summary-brings = What our group brings
summary-brings-about = The skills people in your group chose to count, all together. Nobody's own answers are in it.
summary-by-area = People who shared a skill, by area
summary-ratings = Latest rating they shared
summary-progress = Progress they shared
summary-change-up = Went up
summary-change-same = Stayed the same
summary-change-down = Changed down
summary-counted = Only what members chose to count in it is counted.
summary-counted-about = Only what members chose to count in it is counted: about { $members } people.
summary-noise = Every number has a little random noise added, so nobody's share can be picked out: the numbers are close, not exact. Any number under { $k } is hidden.
summary-chart-label = Bar chart: { $title }. The table below has the same numbers.
summary-table-label = { $title }, in a table
summary-col-group = Group
summary-col-people = People
summary-comes-next = The summary comes the next time Brim reaches your group.

# What my group can see.
visible-title = What my group can see
visible-about = This is exactly what the group server holds from you. Take anything back whenever you like.
visible-none = Nothing shared yet. Your journal is private until you choose to share something.
visible-being-taken-back = Being taken back. It will be gone the next time Brim reaches your group.
visible-update-coming = A newer version is on its way.
visible-changed = Changed since you shared it.
visible-update = Update the share
visible-take-back-ask = Take this back? Nobody in the group will see it once Brim reaches your group.
visible-take-back-yes = Yes, take it back
visible-keep = Keep it shared
visible-take-back = Take it back
# For screen readers: what is taken back. $what: a skill's name.
visible-take-back-label = Take it back: { $what }
visible-take-back-moment = Take it back: a moment
visible-take-back-check-in = Take it back: a check-in
visible-taken-back = Taken back. It will be gone from your group the next time Brim reaches it.
visible-back = Back to my group

# The Group screen.
join-title = Join a group
join-about = A group lets you share what you choose with people you trust. Nothing in your journal is sent when you join.
# $group: the group's name.
join-signed-out = You are no longer signed in to { $group }, so Brim removed what others had shared with you from this phone. Your own journal is safe. To join again, ask your lead for a new invite code.
join-server = Your group's web address
join-server-hint = Your group's lead gives you this with the invite code. It looks like groups.example.org
join-code = Invite code
join-code-hint = You can paste the whole join link here instead.
join-name = Your name in the group
join-name-hint = The name others in the group will see. A first name is fine.
join-device = A name for this phone
join-device-default = My phone
join-joining = Joining…
join-now = Join the group
join-offline = We could not reach the group server. Check you are online and the address is right, then try again. Your journal is safe on this phone.
join-done = You joined { $group }. Nothing from your journal was sent. You choose what to share.
left-title = Groups you left
# $date: the day it happened.
left-you = you left on { $date }.
left-removed = your group's lead removed you on { $date }.
left-erased = The server erased { $shares ->
        [one] { $shares } share
       *[other] { $shares } shares
    }, { $recognitions ->
        [one] { $recognitions } recognition
       *[other] { $recognitions } recognitions
    } and { $phones ->
        [one] { $phones } phone
       *[other] { $phones } phones
    }.
left-on-phone = The server had already done this; this receipt was written on your phone.
# $role: "a member", "a peer supporter" or "the group lead"; $name: the name others see.
group-you-are = You are { $role }, as { $name }.
sync-title = Keeping in touch
sync-refused = Your group could not take these
sync-refused-one = Your group could not take this change.
sync-let-go = I've read this, let it go
sync-sending = Sending and fetching…
sync-now = Send and fetch now
sync-offline = No connection just now. Brim will try again by itself.
group-lead-link = Invites and people in the group
feed-lead = Shared with you, the lead
feed-peer = Shared with peer supporters and the lead
feed-whole = Shared with the whole group
feed-shared-on = shared on { $date }
# $name: the member who shared it.
notice-words = A few words for { $name } (you can leave this empty)
notice-send = Send: you're good at { $skill }
notice-tell = Tell { $name } what you noticed
notice-sent = Your recognition for { $name } is on its way.
roles-open = Open to roles
roles-open-about = People who said they would like to be asked about roles, like volunteering or jobs.
roles-find-by = Find by skill
roles-find = Find
roles-any-skill = any skill
roles-nobody = Nobody matches yet.
roles-comes-next = The list comes the next time Brim reaches your group.
roles-yours = Roles for you
roles-open-to = I'm open to roles, like volunteering or jobs
roles-skills = Skills you'd like to be asked about
roles-skills-hint = Separate them with commas.
roles-save = Save
roles-saved-on = Saved. Your lead can find you for roles.
roles-saved-off = Saved. You are not on the roles list.
leave-title = Leave the group
leave-ask = Leave { $group }?
leave-what = Everything you shared will be erased from the group server, and nobody in the group will see it any more. Your own journal stays on this phone.
leave-rejoin = You will need a new invite code to join again.
leave-yes = Yes, leave and erase what I shared
leave-stay = Stay in the group
leave-done = You are leaving the group. Brim is erasing everything you shared from the server.
group-more = More: step back, settings and more

## Everyone in the group, and ways to take part

shared-answer = An answer to “{ $title }”
people-title = People in your group
people-about = Anyone can tell anyone what they noticed, whether or not that person has shared anything.
people-nobody-yet = Nobody else has joined yet.
people-skill = What is { $name } good at?
people-area = Which area is it in?
people-area-pick = Pick an area
people-send = Send
roles-no-skills = Add skills to your journal first. Then you can pick them here.
roles-recruit = I would like to help recruit, like sitting on an interview panel
roles-would-recruit = Would like to help recruit
opportunities-title = Ways to take part
opportunities-about = Chances to use your skills for the group or the service, like an interview panel. Answer with the skills you want to offer. Only your lead sees your answer, and you can take it back.
opportunities-about-lead = Post a chance for people to use their skills. Everyone in the group sees it; answers come to you alone.
opportunities-none = Nothing open right now.
opportunity-needs = Skills it needs: { $skills }
opportunity-closes = Open until { $date }
opportunity-answers =
    { $count ->
        [0] No answers yet
        [one] One answer
       *[other] { $count } answers
    }
opportunity-take-down = Take it down
opportunity-you-answered = You answered this. Only your lead sees it.
opportunity-take-back = Take it back
opportunity-preview = This is what your lead will see:
opportunity-send = Send to your lead
opportunity-change = Change it
opportunity-pick = Which of your skills would you like to offer?
opportunity-no-skills = Add skills to your journal first. Then you can offer them here.
opportunity-with-stories = Include the story behind each skill
opportunity-note = A few words of your own (you can leave this empty)
opportunity-look = See what your lead will get
opportunity-answer = Answer with your skills
opportunity-answered = Your answer is on its way to your lead.
opportunity-taken-back = Your answer is taken back. It leaves your lead's phone the next time Brim reaches your group.
opportunity-posted = Posted. Everyone in the group will see it.
opportunity-taken-down = Taken down. Answers stay with you until each person takes theirs back.
opportunity-thank = Say thank you to { $name }
opportunity-thanks-words = Thank you for answering “{ $title }”.
opportunity-earlier = Answers to chances that have closed
opportunity-post-title = Post a way to take part
opportunity-title = What is it?
opportunity-title-hint = For example: interview panel for a new support worker.
opportunity-about = More about it: when, where, what it involves
opportunity-skills = Skills it needs
opportunity-closes-on = Last day to answer
opportunity-post = Post it
