namespace Skipper.Web.Platform.Identity;

/// <summary>The roles of DESIGN.md. The names are contracts: demo accounts and tokens carry them.</summary>
public static class Roles
{
    public const string Person = "bruker";
    public const string Relative = "parorende";
    public const string Staff = "ansatt";
    public const string PeerWorker = "erfaringsmedarbeider";
    public const string RecoveryContact = "recoverykontakt";
    public const string DepartmentLeader = "avdelingsleder";
    public const string SectionLeader = "seksjonsleder";
    public const string TenantAdmin = "admin";
    public const string OfferProvider = "tilbyder";

    public static readonly IReadOnlyList<string> All =
    [
        Person, Relative, Staff, PeerWorker, RecoveryContact, DepartmentLeader, SectionLeader, TenantAdmin, OfferProvider,
    ];

    /// <summary>Roles that work with persons in recovery through care relations.</summary>
    public static readonly IReadOnlyList<string> CareStaff = [Staff, PeerWorker, RecoveryContact];

    public static readonly IReadOnlyList<string> Leaders = [DepartmentLeader, SectionLeader];

    /// <summary>Roles that sign out after a short idle time and need two-factor outside demo mode.</summary>
    public static readonly IReadOnlyList<string> Employees =
        [Staff, PeerWorker, RecoveryContact, DepartmentLeader, SectionLeader, TenantAdmin];

    public static bool IsKnown(string role) => All.Contains(role);
}
