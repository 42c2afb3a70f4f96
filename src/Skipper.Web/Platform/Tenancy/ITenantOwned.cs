namespace Skipper.Web.Platform.Tenancy;

/// <summary>Marks an entity whose rows belong to one municipality. TenantId leads its key.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}
