using System.Security.Claims;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Feedback.Access;

/// <summary>
/// The way into a person's feedback: the person themself, or staff with a care relation (or emergency access),
/// through PersonGate. Relatives never see feedback; staff without a relation get 404, so the answer does not
/// tell who is served.
/// </summary>
public sealed class FeedbackDoor(PersonGate gate, IAuditLog audit)
{
    public const string Resource = "feedback";

    public async Task<GateResult> OpenOwnAsync(ClaimsPrincipal user, PersonOperation operation) =>
        Hidden(await gate.OpenOwnAsync(user, operation, Resource));

    public async Task<GateResult> OpenAsync(ClaimsPrincipal user, Guid personId, PersonOperation operation, string resource = Resource)
    {
        if (!user.IsInRole(Roles.Person) && !Roles.CareStaff.Any(user.IsInRole))
        {
            // A relative's share covers plan parts only; feedback is never shared.
            await audit.RecordAsync(user, AuditEntry.About(AuditActions.NotFound, $"{resource}/{personId}"));
            return Closed;
        }
        return Hidden(await gate.OpenAsync(user, personId, operation, resource));
    }

    public Task RecordChangeAsync(ClaimsPrincipal user, GateResult opened, string resource = Resource) =>
        gate.RecordChangeAsync(user, opened, resource);

    private static GateResult Closed => new(GateStatus.NotFound, null, PersonAccessVia.None);

    private static GateResult Hidden(GateResult opened) => opened.IsOpen ? opened : Closed;
}
