using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Platform.Demo;

internal sealed record DemoAccount(string Role, string DisplayName);

internal sealed record DemoMunicipality(string Name, string HostName, string MailDomain, string[] Departments, DemoAccount[] Accounts)
{
    public static string Email(string role, string mailDomain) => $"{role}@{mailDomain}";
}

/// <summary>The two demo municipalities: the second shows that nothing crosses municipalities.</summary>
internal static class DemoMunicipalities
{
    public const string DefaultPassword = "skipper-demo-2026";

    public static readonly DemoMunicipality Demo = new(
        "Demo kommune",
        "demo.localhost",
        "demo.skipper.local",
        ["Psykisk helseteam", "Fagteam rus", "Mestringssenteret"],
        [
            new(Roles.Person, "Ola Nordmann"),
            new(Roles.Relative, "Kari Nordmann"),
            new(Roles.Staff, "Per Hansen"),
            new(Roles.PeerWorker, "Siri Olsen"),
            new(Roles.RecoveryContact, "Anne Larsen"),
            new(Roles.DepartmentLeader, "Jon Berg"),
            new(Roles.SectionLeader, "Lise Dahl"),
            new(Roles.TenantAdmin, "Tor Admin"),
            new(Roles.OfferProvider, "Mental Helse Demo"),
        ]);

    public static readonly DemoMunicipality Neighbour = new(
        "Nabokommune",
        "nabo.localhost",
        "nabo.skipper.local",
        ["Oppfølgingstjenesten", "Aktivitetshuset", "Bo og miljø"],
        [
            new(Roles.Person, "Nina Strand"),
            new(Roles.Relative, "Erik Strand"),
            new(Roles.Staff, "Marte Lie"),
            new(Roles.PeerWorker, "Anders Vik"),
            new(Roles.RecoveryContact, "Hilde Moen"),
            new(Roles.DepartmentLeader, "Geir Aas"),
            new(Roles.SectionLeader, "Randi Holm"),
            new(Roles.TenantAdmin, "Ida Admin"),
            new(Roles.OfferProvider, "Frivilligsentralen Nabo"),
        ]);

    public static readonly DemoMunicipality[] All = [Demo, Neighbour];

    public static string Password(IConfiguration configuration) =>
        configuration["SKIPPER_DEMO_PASSWORD"] is { Length: > 0 } configured ? configured : DefaultPassword;
}
