using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Skipper.Web.Platform.Auditing;

/// <summary>The hash chain rule: pure, so the writer and the verifier cannot disagree.</summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    public static string HashOf(AuditEvent e)
    {
        var canonical = string.Join('|',
            e.TenantId.ToString("N"),
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.Id.ToString("N"),
            e.OccurredAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            e.ActorUserId?.ToString("N") ?? "",
            e.ActorName,
            e.ActorRole,
            e.Action,
            e.PersonId?.ToString("N") ?? "",
            e.Subjects,
            e.Resource,
            e.Reason ?? "",
            e.Emergency ? "1" : "0",
            e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Times are kept to the millisecond, the precision both databases store exactly.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());
}
