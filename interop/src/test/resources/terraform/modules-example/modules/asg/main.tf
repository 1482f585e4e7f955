locals {
  spot_strategy = var.spot ? "SpotAsPriceGo" : "NoSpot"
}

resource "alicloud_ess_scaling_configuration" "this" {
  scaling_group_id           = var.scaling_group_id
  scaling_configuration_name = var.name
  image_id                   = var.image.id
  instance_type              = "ecs.c7.large"
  security_group_ids         = var.security_groups
  system_disk_size           = var.image.size
  spot_strategy              = local.spot_strategy
  password                   = var.password
  instance_name              = format("%s-node", var.name)

  dynamic "data_disk" {
    for_each = var.data_disks
    content {
      size              = data_disk.value.size
      category          = data_disk.value.category
      performance_level = lookup(data_disk.value, "performance_level", null)
    }
  }
}

resource "alicloud_ess_scaling_configuration" "sized" {
  for_each         = var.zone_types
  scaling_group_id = var.scaling_group_id
  image_id         = var.image.id
  instance_type    = each.value
  security_group_id = var.security_groups[0]
  scaling_configuration_name = "${var.name}-${each.key}"
  active           = false
}
