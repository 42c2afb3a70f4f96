using System.Net;
using System.Net.Mail;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Foundation.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Community.Foundation.Endorsements;

/// <summary>
/// Anyone asks, on behalf of an organisation, to endorse the value foundation; the administrator approves or declines.
/// Only approved organisations are listed, with the date they were approved.
/// </summary>
public sealed class EndorsementCommands(AppDbContext db, ITenantContext tenant, EndorsementLimiter limiter, TimeProvider clock)
{
    public async Task<IReadOnlyList<EndorsementView>> ApprovedAsync()
    {
        var approved = await db.Set<EndorsementRequest>().AsNoTracking()
            .Where(e => e.Status == EndorsementStatus.Approved)
            .Select(e => new { e.OrganisationName, e.DecidedAt })
            .ToListAsync();
        return approved
            .OrderBy(e => e.DecidedAt)
            .ThenBy(e => e.OrganisationName, StringComparer.CurrentCultureIgnoreCase)
            .Select(e => new EndorsementView(e.OrganisationName, DateOnly.FromDateTime(e.DecidedAt!.Value.InNorway().DateTime)))
            .ToList();
    }

    public async Task<EndorsementAnswer> AskAsync(EndorsementAsk? request, IPAddress? from)
    {
        if (tenant.TenantId is not { } municipality)
        {
            return new EndorsementAnswer(Refusal.Of(RefusalKind.NotFound, "Community.Foundation.Error.NoMunicipality"), false);
        }
        var errors = new List<FieldError>();
        var name = InputRules.Clean(request?.OrganisationName);
        var contact = InputRules.Clean(request?.ContactPerson);
        var email = InputRules.Clean(request?.Email);
        var message = InputRules.Clean(request?.Message);
        InputRules.Required(errors, "organisationName", name);
        InputRules.AtMost(errors, "organisationName", name, EndorsementLimits.Name);
        InputRules.AtMost(errors, "contactPerson", contact, EndorsementLimits.Name);
        if (email.Length == 0)
        {
            errors.Add(new FieldError("email", "Input.Error.Required"));
        }
        else if (!IsEmail(email))
        {
            errors.Add(new FieldError("email", "Community.Foundation.Error.Email"));
        }
        InputRules.AtMost(errors, "message", message, EndorsementLimits.Message);
        if (errors.Count > 0)
        {
            return new EndorsementAnswer(InputRules.Invalid(errors), false);
        }
        if (!limiter.TryAcquire(from, municipality))
        {
            return EndorsementAnswer.Limited;
        }
        var lower = name.ToLowerInvariant();
        if (await db.Set<EndorsementRequest>().AnyAsync(e => e.OrganisationName.ToLower() == lower && e.Status != EndorsementStatus.Declined))
        {
            return new EndorsementAnswer(Refusal.Of(RefusalKind.Conflict, "Community.Foundation.Error.AlreadyAsked", "organisationName"), false);
        }
        var ask = new EndorsementRequest
        {
            Id = Guid.NewGuid(),
            OrganisationName = name,
            ContactPerson = contact,
            Email = email,
            Message = message,
            RequestedAt = clock.GetUtcNow(),
            Status = EndorsementStatus.Requested,
            Version = 1,
        };
        db.Add(ask);
        await db.SaveChangesAsync();
        return new EndorsementAnswer(new EndorsementReceipt(ask.Id, ask.OrganisationName, ask.Status), false);
    }

    /// <summary>For the administrator: waiting requests first (oldest first), then the decided ones, newest first.</summary>
    public async Task<IReadOnlyList<EndorsementRequestView>> AllAsync()
    {
        var all = await db.Set<EndorsementRequest>().AsNoTracking().ToListAsync();
        var waiting = all.Where(e => e.Status == EndorsementStatus.Requested).OrderBy(e => e.RequestedAt);
        var decided = all.Where(e => e.Status != EndorsementStatus.Requested).OrderByDescending(e => e.DecidedAt);
        return waiting.Concat(decided).Select(EndorsementRequestView.From).ToList();
    }

    public Task<Outcome<EndorsementRequestView>> ApproveAsync(ClaimsPrincipal user, Guid id, EndorsementDecisionRequest? request) =>
        DecideAsync(user, id, request, EndorsementStatus.Approved);

    public Task<Outcome<EndorsementRequestView>> DeclineAsync(ClaimsPrincipal user, Guid id, EndorsementDecisionRequest? request) =>
        DecideAsync(user, id, request, EndorsementStatus.Declined);

    private async Task<Outcome<EndorsementRequestView>> DecideAsync(ClaimsPrincipal user, Guid id, EndorsementDecisionRequest? request, EndorsementStatus decision)
    {
        var ask = await db.Set<EndorsementRequest>().FirstOrDefaultAsync(e => e.Id == id);
        if (ask is null)
        {
            return Refusal.Of(RefusalKind.NotFound, "Community.Foundation.Error.NotFound");
        }
        if (ask.Status != EndorsementStatus.Requested || (request?.Version is { } version && version != ask.Version))
        {
            return Refusal.Of(RefusalKind.Conflict, "Community.Foundation.Error.AlreadyDecided");
        }
        ask.Status = decision;
        ask.DecidedBy = user.UserId();
        ask.DecidedAt = clock.GetUtcNow();
        ask.Version++;
        if (!await db.TrySaveAsync())
        {
            return Refusal.Of(RefusalKind.Conflict, "Community.Foundation.Error.AlreadyDecided");
        }
        return EndorsementRequestView.From(ask);
    }

    private static bool IsEmail(string email) =>
        email.Length <= EndorsementLimits.Email
        && MailAddress.TryCreate(email, out var parsed)
        && parsed.Address == email
        && parsed.Host.Contains('.', StringComparison.Ordinal);
}
