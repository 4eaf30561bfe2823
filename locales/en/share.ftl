# Sharing one thing with the group, after a preview.

share-title = Share with my group
# $skill: a skill's name.
share-how-grown = How { $skill } has grown
share-your-moment = Your moment
share-your-moment-on = Your moment on { $date }
share-your-check-in-on = Your check-in on { $date }
share-no-check-in = We could not find that check-in. It may have been removed.
share-not-in-group = You're not in a group yet. Everything stays on this phone until you join one and choose to share.
share-when-back = You can share again once you are back in a group.
share-new-version = This is the new version
share-what-is-sent = This is what will be sent
share-who = Who will see it:
# $line: what goes into the summary, like "This also counts in the group summary as: People, 4".
share-contribution = { $line }. Only these words and numbers go into it, never your own words.
share-a-copy = It is a copy. If you change this later, the copy stays the same until you update it.
share-exact = Show the exact data that will be sent
share-send-update = Send the update
share-it = Share it
share-go-back = Go back
share-already = Already shared
share-live-counted = Counted in the group summary, without your name.
share-live-counted-soon = Counted in the group summary, without your name, once Brim reaches your group.
# After who can see it, in bold: "The group lead can see this."
share-live-sees = can see this.
share-live-sees-soon = can see this once Brim reaches your group.
share-again = Share it again, with someone else
share-who-should = Who should see it?
share-include-story = Include my story
share-which-ratings = Which ratings?
share-see = See what will be sent
share-updated = Updated. Brim sends the new version to your group in the background.
share-counted = Counted in the group summary, without your name. Brim sends it in the background.
# $audience: who it is shared with.
share-shared = { $audience ->
    [lead] Shared with the group lead. Brim sends it to your group in the background.
    [peer_supporters_and_lead] Shared with peer supporters and the lead. Brim sends it to your group in the background.
   *[whole_group] Shared with the whole group. Brim sends it to your group in the background.
}
