# What Brim says when it cannot do what was asked. The core (Rust) says these;
# the screens show them as they are. Each says what to do next, and none ever
# quotes what the person wrote. Read locales/TRANSLATING.md first.

## The journal

error-date-in-future = That date is in the future. Pick today or a day before.
error-skill-archived = That skill is put away. Open it and choose "Bring it back" first.
error-newer-journal = This journal was saved by a newer version of Brim. Please update Brim to open it. Nothing was changed.
error-storage = Brim could not read or save your journal. Nothing was changed. Try again, or restart the app.
error-migration = Brim could not update your journal file. Nothing was changed.
error-preferences-file = Brim could not keep that setting on this device. Your journal is safe. Try again.
error-internal = Something went wrong inside Brim. Nothing was changed. Please try again.

# Something asked for is not there (any more).
error-not-found-skill = We could not find that skill. It may have been removed.
error-not-found-skill-idea = We could not find that skill idea. It may have been removed.
error-not-found-moment = We could not find that moment. It may have been removed.
error-not-found-check-in = We could not find that check-in. It may have been removed.
error-not-found-rating = We could not find that rating. It may have been removed.
error-not-found-recognition = We could not find that recognition. It may have been removed.
error-not-found-share = We could not find that shared item. It may have been removed.
error-not-found-step-back-question = We could not find that step back question. It may have been removed.
error-not-found-operation = We could not find that waiting change. It may have been sent already.
error-not-found-person-or-invite = We could not find that person or invite. Someone may have removed it already.

## What a person types

error-skill-name-empty = Give the skill a name.
error-noticer-name-empty = Write the name of the person who noticed you.
error-moment-empty = Write a few words about the moment.
error-noticed-empty = Write a few words about what they noticed.
# $max: the most letters a name can have.
error-name-too-long = That name is a bit long. Keep it to { $max } letters or fewer.
# $max: the most letters Brim keeps.
error-moment-too-long = The moment is longer than Brim can keep ({ $max } letters). Try splitting it up.
error-story-too-long = The story is longer than Brim can keep ({ $max } letters). Try splitting it up.
error-note-too-long = The note is longer than Brim can keep ({ $max } letters). Try splitting it up.
error-recognition-too-long = The recognition is longer than Brim can keep ({ $max } letters). Try splitting it up.
error-rating-range = Pick a rating from 1 to 5.
error-skill-name-taken = You already have a skill with that name. Pick it from your list, or give this one another name.
error-too-many-skills = That is more skills than one moment can name. Untick a few.
error-step-back-empty = Write a few words for at least one question, then save.
error-step-back-too-many = That is more answers than a step back has questions.
error-area-empty = Pick an area, or type your own.
# $max: the most letters an area name can have.
error-area-too-long = That area name is a bit long. Keep it to { $max } letters or fewer.
error-check-in-empty = Rate at least one skill to save a check-in.
error-check-in-rated-twice = Each skill can be rated once in a check-in.
error-cadence = Pick every 1, 3, 6 or 12 months.
# $sizes: the sizes, like "100%, 125%, 150%".
error-text-size = Pick one of the text sizes the app offers: { $sizes }.
error-draft-not-kept = What you were writing could not be kept. Try again.
error-already-decided = You have already decided about this one.
error-portfolio-empty = Choose at least one skill for your portfolio.
error-portfolio-not-made = Brim could not make the PDF of your portfolio. Please try again.
error-portfolio-not-saved = Brim could not save the PDF there. Check there is space, then try again.

## The lock

error-locked = Your journal is locked. Enter your passphrase to open it.
error-wrong-passphrase = That passphrase doesn't open this journal. Check it and try again.
error-passphrase-too-short = Choose a passphrase of at least 6 characters. A few words you will remember work well.
error-export-needs-passphrase = Your journal is locked with a passphrase, so your backup will be too. Type your passphrase to save it.
error-key-file = Brim could not read or save the key file kept beside your journal, so the lock could not be used. Nothing in your journal was changed.
error-no-randomness = Brim could not make a new key on this device. Nothing was changed. Try again, or restart the app.
error-lock-not-built = This build of Brim cannot lock a journal. Nothing was changed.
error-lock-already-on = The lock is already on. To change the passphrase, use Change passphrase.
error-lock-already-off = The lock is already off.
error-lock-off-no-passphrase = The lock is off. Turn it on to choose a passphrase.
error-lock-off-nothing-to-lock = The lock is off, so there is nothing to lock. Turn it on first, with a passphrase of your own.
error-auto-lock-minutes = Pick 1, 5, 15 or 60 minutes.
error-journal-open-elsewhere = The journal is open somewhere else, so the lock was not changed. Close other copies of Brim and try again.

## Backups

# $reason: one of the backup-problem- lines below.
error-invalid-backup = This file is not a Brim backup we can read ({ $reason }). Nothing was changed.
error-backup-needs-passphrase = This backup is protected with a passphrase. Type the passphrase your journal had when the backup was saved.
error-backup-wrong-passphrase = That passphrase doesn't open this backup. Try the one your journal had when the backup was saved. Nothing was changed.
error-backup-not-saved = Brim could not save the backup there. Check there is space, then try again.
error-no-backup-folder = Brim could not find your Downloads, Documents or home folder to save the backup in, so nothing was saved. Check that one of them exists, then try again.

# Why a backup could not be read: these go inside error-invalid-backup's brackets.
backup-problem-not-brim = it is not a Brim backup
backup-problem-newer = it was made by a newer version of Brim; update Brim first
backup-problem-twice = the same entry appears twice
backup-problem-rules = some entries break Brim's rules (too long or empty)
backup-problem-same-name = two skills in it have the same name
backup-problem-moment-skill = a moment points at a skill that is not in the file
backup-problem-rated-twice = a check-in rates the same skill twice
backup-problem-rating-skill = a check-in rates a skill that is not in the file
backup-problem-recognition = a recognition points at something that is not in the file
backup-problem-date = a date could not be stored
backup-problem-unreadable = it could not be read
backup-problem-damaged = it is damaged or cut short
backup-problem-too-much-work = it asks for more work to open than Brim allows on a phone
backup-problem-not-written = it could not be written
backup-problem-not-text = it is not a text file
backup-problem-not-json = it is not valid JSON
backup-problem-age = it is in the age format of an early test build of Brim: open it with the age tool (age -d) and restore the JSON inside
# $line: the line of the file where the problem is.
backup-problem-missing-field = a field is missing or has the wrong kind of value, at line { $line }
backup-problem-ends-early = it ends too soon, at line { $line }
backup-problem-syntax = it is not valid JSON, at line { $line }

## The group

error-offline = We couldn't reach the group server. Check that you're online and your group's web address is right, then try again.
error-server-unavailable = The group server is having trouble right now. Brim will try again by itself; nothing was lost.
error-not-in-group = You're not in a group yet. Join one with an invite code from your group's lead.
error-already-in-group = This device is already in a group. Leave it first if you want to join another one.
error-needs-rejoin = You are no longer signed in to your group, so Brim removed what others had shared with you. Your own journal is safe. To join again, ask your group's lead for a new invite code.
error-preview-stale = This changed since you looked at the preview, so nothing was shared. Look at the preview again.
error-bad-address = That web address doesn't look right. It looks like https://groups.example.org.
error-not-https = Brim only talks to a group server over a secure connection, so the address must start with https:// (like https://groups.example.org). Ask your group's lead for the https address.
error-display-name-empty = Please give the name your group will see.
error-device-name-empty = Please give a name for this device.
# $max: the most letters a name can have.
error-display-name-too-long = Keep the name your group will see to { $max } letters or fewer.
error-device-name-too-long = Keep the name for this device to { $max } letters or fewer.
error-invite-not-found = We don't recognise that invite code. Check it with your group's lead.
error-invite-expired = This invite code has expired. Ask your group's lead for a new one.
error-invite-used-up = This invite code has already been used. Ask your group's lead for a new one.
error-invite-revoked = This invite code was cancelled. Ask your group's lead for a new one.
error-server-forbidden = Your part in the group does not include this. Your group's lead can tell you more.
error-server-not-found = The group server could not find that. It may have been removed.
error-server-would-not-take = The group server could not take this. Nothing was lost: it stays on this phone. If it keeps happening, tell your group's lead.
error-invite-code-empty = Type the invite code your group's lead gave you.
error-join-refused = The group server refused to join.
error-join-link-incomplete = That join link is not complete. Ask your group's lead to send it again, or type your group's web address and the invite code instead.
error-link-too-long = This link is too long to draw as a QR code.
error-recognition-for-someone-else = A recognition is for someone else: choose another member.
error-only-the-lead = Only your group's lead can do this.
error-share-too-big = This can't be shared as it is: it is too long or names too much. Shorten it or choose less, then try again.
error-share-progress-needs-two = Progress needs this skill rated in two check-ins. Share it after your next check-in.
error-share-no-rating = Choose at least one rating to share.

## The app on this phone

error-no-journal-folder = Brim could not find a folder to keep your journal in.
error-journal-folder = Brim could not make a folder for your journal. Check the phone has space.
error-no-voice = Brim could not read this aloud. Check the phone's speech settings have a voice turned on.
error-something-went-wrong = Something went wrong. Please try again.
error-nothing-to-read = There is nothing here to read aloud.
error-too-long-to-read = This is too long to read aloud in one go.
error-unknown-language = Brim does not know that language.

## Opportunities and open to roles

error-open-skills-too-many = That is more skills than the list can hold. Pick the ones you would most like to be found by.
error-answer-no-skill = Choose at least one skill to offer.
error-answer-to-lead-only = An answer to an opportunity goes to your group's lead only.
error-opportunity-gone = This opportunity is no longer open. Your group's lead may have taken it down, or its closing day has passed.
error-opportunity-title-empty = Give the opportunity a title, like "Interview panel".
error-opportunity-closes = Choose a closing day from today to a year ahead.
error-recognition-skill-empty = Say which skill you noticed, and pick the area it is in.
