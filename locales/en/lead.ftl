# The lead's screen: invites and people in the group.

lead-title = Invites and people
lead-only = Only your group's lead can invite people and change who is in the group.
lead-back = Back to your group
lead-you-run = You run { $group }. These need a connection to the group server.
lead-offline = You need a connection to run the group. Check you are online, then try again.
lead-invite = Invite someone
lead-join-as = They will join as
lead-a-member = A member
lead-a-peer = A peer supporter
lead-uses = How many people can use it
lead-days = How many days it works
lead-making = Making the invite…
lead-make = Make an invite
lead-new-invite = Your new invite
lead-read-out = Read out the code, or let them scan the picture with their phone.
lead-qr = QR code of the join link
lead-join-link = Join link
lead-copied = Copied
lead-copy = Copy the link
# $people: how many can use it; $date: until when.
lead-works-for = { $people ->
    [one] It works for one person until { $date }.
   *[other] It works for { $people } people until { $date }.
}
lead-only-once = This is the only time Brim shows the code: it is not kept anywhere.
lead-invites = Invites
lead-getting-invites = Getting your invites…
lead-no-invites = No invites yet.
lead-cancel-invite = Cancel this invite
lead-invite-cancelled = That invite is cancelled. Nobody more can join with it.
# One invite: "For a member, made on 1 December 2026: not used yet, works until 8 December 2026."
invite-line = For { $who }, made on { $date }: { $used }, { $state }.
invite-used = used
invite-not-used = not used yet
invite-uses = { $uses } of { $max } used
invite-open = works until { $date }
invite-used-up = everyone it was for has joined
invite-expired = ended on { $date }
invite-cancelled = cancelled
lead-people = People in the group
lead-getting-people = Getting the list…
lead-nobody = Nobody yet.
lead-you = (you)
lead-role-lead = Lead
lead-role-peer = Peer supporter
lead-role-member = Member
# $role: "Member", "Peer supporter" or "Lead".
lead-joined = { $role }, joined on { $date }
# $name: a member's name in the group.
lead-remove-ask = Remove { $name } from the group?
lead-remove-what = Everything { $name } shared will be erased from the group server, and nobody in the group will see it any more. Their own journal stays on their phone, with a note of what was erased.
lead-remove-rejoin = To come back, they will need a new invite.
lead-remove-yes = Yes, remove { $name }
lead-keep = Keep { $name }
lead-make-peer = Make { $name } a peer supporter
lead-make-member = Make { $name } a member
lead-remove = Remove { $name }…
lead-now-peer = { $name } is a peer supporter now. Their phone shows it the next time it is in touch with the group.
lead-now-member = { $name } is a member again. Their phone shows it the next time it is in touch with the group.
lead-removed = { $name } is no longer in the group. Everything they shared was erased from the group server.
