using System.Text.Json.Serialization;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Onboarding.Invitations;

namespace Skipper.Web.Modules.Plans.Crew;

/// <summary>My crew: the staff of my responsibility group, and the relatives and friends I share parts of my plan with.</summary>
public sealed record CrewView(IReadOnlyList<CrewStaffView> ResponsibilityGroup, IReadOnlyList<CrewRelativeView> Relatives)
{
    public IEnumerable<CrewRelativeView> Active => Relatives.Where(r => r.IsActive);

    public IEnumerable<CrewRelativeView> Withdrawn => Relatives.Where(r => !r.IsActive);
}

/// <summary>A staff member with a care relation; Until is set only for an ended relation (in the export).</summary>
public sealed record CrewStaffView(
    string Name,
    string Role,
    bool IsCoordinator,
    DateTimeOffset Since,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? Until);

/// <summary>One share with a relative: the parts it opens, and whether it is still active or withdrawn.</summary>
public sealed record CrewRelativeView(
    Guid ShareId, string Name, string Email, IReadOnlyList<string> Parts, string Status, bool HasSignedUp,
    DateTimeOffset SharedAt, DateTimeOffset? WithdrawnAt)
{
    public const string ActiveStatus = "active";
    public const string WithdrawnStatus = "withdrawn";

    [JsonIgnore]
    public bool IsActive => Status == ActiveStatus;

    public bool Sees(string part) => Parts.Contains(part);

    internal static CrewRelativeView From(RelativeShare share, string name, string email, bool hasSignedUp) => new(
        share.Id, name, email, PlanParts.InScopes(share.Scopes), share.WithdrawnAt is null ? ActiveStatus : WithdrawnStatus, hasSignedUp,
        share.SharedAt, share.WithdrawnAt);
}

/// <summary>An invitation: name and e-mail of the relative or friend, and the plan parts they may see.</summary>
public sealed record InviteRequest(string? Name, string? Email, IReadOnlyList<string>? Parts);

/// <summary>The parts a relative may see from now on; every other part is closed to them.</summary>
public sealed record PartsRequest(IReadOnlyList<string>? Parts);

/// <summary>A new share; Link is set only when a new relative account was made, and is shown this once.</summary>
public sealed record InvitedRelative(CrewRelativeView Share, IssuedLink? Link);
