using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Verwerkers.Web;

/// <summary>Every page with a <c>{name}</c> route value is a register's page: a user who may not see the register
/// gets 404 (as if it did not exist), one who may see but not edit it gets 403 on any form post.</summary>
internal sealed class RegisterAccessFilter : IAsyncPageFilter
{
    public const string RouteKey = "name";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.RouteData.Values.TryGetValue(RouteKey, out var value) && value is string name)
        {
            var user = context.HttpContext.FindWorkspaceUser();
            if (user is null || !user.MaySee(name))
            {
                context.Result = new NotFoundResult();
                return Task.CompletedTask;
            }

            if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method) && !user.MayEdit(name))
            {
                context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                return Task.CompletedTask;
            }
        }

        return next();
    }
}
