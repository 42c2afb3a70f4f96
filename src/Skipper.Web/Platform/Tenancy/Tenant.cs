namespace Skipper.Web.Platform.Tenancy;

/// <summary>A municipality. The one table that is not tenant-owned itself.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Host name that public pages use to find this municipality, for example "skipper.demo.no".</summary>
    public string? HostName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
