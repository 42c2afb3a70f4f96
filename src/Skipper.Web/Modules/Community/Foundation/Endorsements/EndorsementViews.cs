using Skipper.Web.Modules.Community.Foundation.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Foundation.Endorsements;

/// <summary>An organisation asks to endorse: name and e-mail required; contact person and a message are optional.</summary>
public sealed record EndorsementAsk(string? OrganisationName, string? ContactPerson, string? Email, string? Message);

/// <summary>The administrator's decision may carry the version it was read at (an old one gets 409).</summary>
public sealed record EndorsementDecisionRequest(int? Version = null);

/// <summary>An endorsing organisation as the public sees it: its name and the date it joined.</summary>
public sealed record EndorsementView(string OrganisationName, DateOnly EndorsedOn);

/// <summary>What the asker gets back: that the request is received and waits for the administrator.</summary>
public sealed record EndorsementReceipt(Guid Id, string OrganisationName, EndorsementStatus Status);

/// <summary>A request as the administrator sees it, with who to contact.</summary>
public sealed record EndorsementRequestView(
    Guid Id,
    string OrganisationName,
    string ContactPerson,
    string Email,
    string Message,
    DateTimeOffset RequestedAt,
    EndorsementStatus Status,
    DateTimeOffset? DecidedAt,
    int Version)
{
    public static EndorsementRequestView From(EndorsementRequest r) =>
        new(r.Id, r.OrganisationName, r.ContactPerson, r.Email, r.Message, r.RequestedAt, r.Status, r.DecidedAt, r.Version);
}

/// <summary>An anonymous request's answer: the outcome, or that this address has asked too often (429).</summary>
public sealed record EndorsementAnswer(Outcome<EndorsementReceipt> Outcome, bool TooMany)
{
    public static EndorsementAnswer Limited => new(new Outcome<EndorsementReceipt>(null, null), true);
}
