import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CatalogNodeView, StaffCatalogNodeView } from '@govopen/contracts';
import { StaffPrincipal } from '../../common/actor';
import { CurrentStaff } from '../../common/request-context';
import { StaffAuthGuard } from '../auth/staff-auth.guard';
import { CatalogService } from './catalog.service';

@ApiTags('主动公开目录')
@Controller('catalog')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  /** The tree, each node with `children`: public, no sign-in. */
  @Get()
  tree(): Promise<CatalogNodeView[]> {
    return this.catalog.publicTree();
  }
}

@ApiTags('主动公开目录（管理）')
@ApiBearerAuth()
@Controller('admin/catalog')
@UseGuards(StaffAuthGuard)
export class CatalogAdminController {
  constructor(private readonly catalog: CatalogService) {}

  /** With owner units and whether each node is on time against its update rule. */
  @Get()
  tree(@CurrentStaff() staff: StaffPrincipal): Promise<StaffCatalogNodeView[]> {
    return this.catalog.staffTree(staff);
  }
}
