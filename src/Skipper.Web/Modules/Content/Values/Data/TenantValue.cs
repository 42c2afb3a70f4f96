using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Content.Values.Data;

/// <summary>One value in a municipality's values list. Retired values stay, since people may have chosen them.</summary>
internal sealed class TenantValue : ITenantOwned
{
    public const int MaxName = 100;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The name in upper case: unique per municipality, so "håp" and "Håp" cannot both exist.</summary>
    public required string NameKey { get; set; }

    public int SortOrder { get; set; }
    public bool IsRetired { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }

    public static string KeyOf(string name) => name.ToUpperInvariant();
}
