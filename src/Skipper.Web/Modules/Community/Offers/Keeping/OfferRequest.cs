namespace Skipper.Web.Modules.Community.Offers.Keeping;

/// <summary>A weekly opening: day (monday … sunday), from and to as HH:mm, from before to.</summary>
public sealed record SlotRequest(string? Day, string? From, string? To);

/// <summary>A date that differs: closed, or other hours (from and to), with a short note (a holiday, a closed day).</summary>
public sealed record ExceptionRequest(string? Date, bool? Closed, string? From, string? To, string? Note);

/// <summary>
/// An offer as its keeper writes it. Category: activityAndCulture, physicalActivity, peerSupport, courses,
/// workAndEducation, housing, treatment, forRelatives. Joining: dropIn, selfReferral, referralNeeded. Dates yyyy-mm-dd;
/// an end before the start is refused. OrganisationId is needed only by someone who keeps several organisations.
/// </summary>
public sealed record OfferRequest(
    Guid? OrganisationId,
    string? Title,
    string? Description,
    string? Category,
    string? PlaceName,
    string? Address,
    string? Municipality,
    string? Schedule,
    IReadOnlyList<SlotRequest>? Slots,
    IReadOnlyList<ExceptionRequest>? Exceptions,
    string? Cost,
    string? Joining,
    string? Accessibility,
    string? Phone,
    string? Email,
    string? Web,
    string? StartsOn,
    string? EndsOn,
    int? Version);
